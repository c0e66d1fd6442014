#include "kg/extract/parallel.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace kg::extract {

namespace {

// Documents waiting for a thread, and extractions waiting for their turn. At most `window`
// documents are between reading and consuming, so memory stays bounded by a few documents per
// thread however long the corpus, even when one huge document holds the line.
class Queue {
 public:
  Queue(const Extractor& extractor, std::size_t window) : extractor_(extractor), window_(window) {}

  std::size_t window() const { return window_; }

  void push(document::Document doc) {
    std::lock_guard lock(mutex_);
    work_.emplace_back(pushed_++, std::move(doc));
    changed_.notify_all();
  }

  void close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
  }

  // Hands `consume` every extraction that is next in order, then waits while more than
  // `pending` documents are still between reading and consuming. False once a thread failed.
  bool drain(const ParallelRun::Consume& consume, std::size_t pending) {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (failure_) return false;
      const auto it = done_.find(consumed_);
      if (it == done_.end()) {
        if (pushed_ - consumed_ <= pending) return true;
        changed_.wait(lock);
        continue;
      }
      Extraction x = std::move(it->second);
      done_.erase(it);
      lock.unlock();
      consume(std::move(x));  // not under the lock: the threads go on extracting meanwhile
      lock.lock();
      ++consumed_;
    }
  }

  void work() {
    while (auto job = take()) {
      try {
        Extraction x = extractor_.run(job->second);
        std::lock_guard lock(mutex_);
        done_.emplace(job->first, std::move(x));
      } catch (...) {
        fail(std::current_exception());
      }
      changed_.notify_all();
    }
  }

  void fail(std::exception_ptr e) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = e;
    changed_.notify_all();
  }

  std::exception_ptr failure() const { return failure_; }

 private:
  std::optional<std::pair<std::size_t, document::Document>> take() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || closed_ || !work_.empty(); });
    if (failure_ || work_.empty()) return std::nullopt;
    auto job = std::move(work_.front());
    work_.pop_front();
    return job;
  }

  const Extractor& extractor_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::pair<std::size_t, document::Document>> work_;
  std::map<std::size_t, Extraction> done_;
  std::size_t pushed_ = 0, consumed_ = 0;
  bool closed_ = false;
  std::exception_ptr failure_;
};

}  // namespace

std::size_t threads_for(std::size_t jobs) {
  if (jobs > 0) return jobs;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

ParallelRun::ParallelRun(const Extractor& extractor, std::size_t jobs)
    : extractor_(extractor), jobs_(threads_for(jobs)) {}

void ParallelRun::each(const Next& next, const Consume& consume) const {
  if (jobs_ == 1)
    sequential(next, consume);
  else
    threaded(next, consume);
}

void ParallelRun::sequential(const Next& next, const Consume& consume) const {
  while (const auto doc = next()) consume(extractor_.run(*doc));
}

void ParallelRun::threaded(const Next& next, const Consume& consume) const {
  Queue queue(extractor_, 32 * jobs_);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < jobs_; ++i) threads.emplace_back([&] { queue.work(); });
  try {
    bool going = true;
    while (going) {
      auto doc = next();
      if (!doc) break;
      going = queue.drain(consume, queue.window() - 1);
      if (going) queue.push(std::move(*doc));
    }
    queue.close();
    if (going) queue.drain(consume, 0);
  } catch (...) {
    queue.fail(std::current_exception());
  }
  queue.close();
  for (auto& t : threads) t.join();
  if (const auto e = queue.failure()) std::rethrow_exception(e);
}

}  // namespace kg::extract
