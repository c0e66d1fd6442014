#include "kg/graph/betweenness.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <random>
#include <thread>

namespace kg::graph {

namespace {

constexpr std::size_t kParts = 16;  // fixed: the sums do not depend on the number of threads

// Out-neighbours as flat arrays, one entry per edge.
struct Adjacency {
  explicit Adjacency(const Graph& g) : out_start(boost::num_vertices(g) + 1) {
    const std::size_t n = boost::num_vertices(g);
    for (std::size_t v = 0; v < n; ++v) {
      out_start[v + 1] = out_start[v] + boost::out_degree(v, g);
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) out.push_back(boost::target(e, g));
    }
  }
  std::vector<std::size_t> out_start, out;
};

// A search from `root`, standing for the sources whose one out-edge leads to it as well: every
// path from such a follower runs through the root, so the follower's dependencies are the
// root's, and the root itself lies on the paths to everything it reaches. A village that only
// lies in its county then costs no search of its own.
struct Work {
  std::size_t root = 0;
  bool own = false;  // the root is a source itself
  std::vector<std::size_t> followers;
};

// One thread's state for single-source searches, reset only where a search went.
class Search {
 public:
  Search(const Adjacency& a, std::size_t n) : a_(a), sigma_(n, 0), delta_(n, 0), distance_(n, -1) {}

  // Dependencies gathered from successors, in reverse order of reaching: a hub's thousands of
  // in-edges from vertices this search never reached are not read. The dependencies count once
  // for `root` if it is a source itself and once for each follower it does not reach back.
  void from(const Work& work, std::vector<double>& centrality) {
    walk(work.root);
    std::vector<std::size_t> alone;  // followers on a cycle through the root: searched apart
    double followers = 0;
    for (std::size_t f : work.followers) {
      if (distance_[f] < 0)
        followers += 1;
      else
        alone.push_back(f);
    }
    const double weight = (work.own ? 1.0 : 0.0) + followers;
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) {
      const std::size_t v = *it;
      for (std::size_t i = a_.out_start[v]; i < a_.out_start[v + 1]; ++i) {
        const std::size_t w = a_.out[i];
        if (distance_[w] == distance_[v] + 1) delta_[v] += sigma_[v] / sigma_[w] * (1 + delta_[w]);
      }
      centrality[v] += (v == work.root ? followers : weight) * delta_[v];
    }
    for (std::size_t v : order_) sigma_[v] = 0, delta_[v] = 0, distance_[v] = -1;
    order_.clear();
    for (std::size_t f : alone) from(Work{f, true, {}}, centrality);
  }

 private:
  // Breadth first from s: shortest-path counts and the order vertices were reached in.
  void walk(std::size_t s) {
    sigma_[s] = 1;
    distance_[s] = 0;
    order_.push_back(s);
    for (std::size_t next = 0; next < order_.size(); ++next) {
      const std::size_t v = order_[next];
      for (std::size_t i = a_.out_start[v]; i < a_.out_start[v + 1]; ++i) {
        const std::size_t w = a_.out[i];
        if (distance_[w] < 0) {
          distance_[w] = distance_[v] + 1;
          order_.push_back(w);
        }
        if (distance_[w] == distance_[v] + 1) sigma_[w] += sigma_[v];
      }
    }
  }

  const Adjacency& a_;
  std::vector<double> sigma_, delta_;
  std::vector<long> distance_;
  std::vector<std::size_t> order_;
};

// Every vertex with an out-edge, or a fixed-seed sample of them; `all` says how many there are.
std::vector<std::size_t> sources_of(const Adjacency& a, std::size_t n, const BetweennessOptions& options,
                                    std::size_t& all) {
  std::vector<std::size_t> sources;
  for (std::size_t v = 0; v < n; ++v)
    if (a.out_start[v + 1] > a.out_start[v]) sources.push_back(v);
  all = sources.size();
  if (n > options.sample_above && sources.size() > options.sample_sources) {
    std::mt19937 random(options.seed);
    std::shuffle(sources.begin(), sources.end(), random);
    sources.resize(options.sample_sources);
    std::sort(sources.begin(), sources.end());
  }
  return sources;
}

// The sources grouped under the vertex their search starts from, in vertex order.
std::vector<Work> work_of(const Adjacency& a, const std::vector<std::size_t>& sources) {
  std::map<std::size_t, Work> by_root;
  for (std::size_t s : sources) {
    const bool one_edge = a.out_start[s + 1] - a.out_start[s] == 1 && a.out[a.out_start[s]] != s;
    Work& w = by_root[one_edge ? a.out[a.out_start[s]] : s];
    w.root = one_edge ? a.out[a.out_start[s]] : s;
    if (one_edge)
      w.followers.push_back(s);
    else
      w.own = true;
  }
  std::vector<Work> out;
  for (auto& [root, w] : by_root) out.push_back(std::move(w));
  return out;
}

}  // namespace

Betweenness betweenness(const Graph& g, const BetweennessOptions& options) {
  const std::size_t n = boost::num_vertices(g);
  const Adjacency adjacency(g);
  Betweenness result;
  std::size_t all = 0;
  const std::vector<std::size_t> sources = sources_of(adjacency, n, options, all);
  result.sources = sources.size();
  result.sampled = sources.size() < all;
  const std::vector<Work> searches = work_of(adjacency, sources);
  std::vector<std::vector<double>> parts(kParts);
  std::atomic<std::size_t> next_part{0};
  const auto work = [&] {
    Search search(adjacency, n);
    for (std::size_t p = next_part++; p < kParts; p = next_part++) {
      parts[p].assign(n, 0.0);
      for (std::size_t i = p * searches.size() / kParts; i < (p + 1) * searches.size() / kParts; ++i)
        search.from(searches[i], parts[p]);
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < std::min(options.jobs, kParts); ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  result.centrality.assign(n, 0.0);
  const double scale = static_cast<double>(all) / static_cast<double>(std::max<std::size_t>(sources.size(), 1));
  for (const auto& part : parts)
    for (std::size_t v = 0; v < n; ++v) result.centrality[v] += part[v];
  if (result.sampled)
    for (double& c : result.centrality) c *= scale;
  return result;
}

}  // namespace kg::graph
