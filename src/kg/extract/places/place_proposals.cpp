// Places the division list proposes: official names that end at a place suffix where the
// rules' grammar found none, or found a longer name that is no official one.
#include <algorithm>

#include "kg/extract/places/place_links.h"
#include "kg/extract/places/place_links_internal.h"
#include "kg/text/utf8.h"

namespace kg::extract {

std::size_t PlaceLinker::longest_official_ending_at(const SentenceText& s, std::size_t end, std::size_t longest) const {
  // Over Han characters only: an official name never holds a digit or a mark.
  std::size_t best = 0;
  for (std::size_t len = 2; len <= longest && len <= end && text::is_han(s.cps[end - len]); ++len)
    if (!g_.find(s.view(end - len, end)).empty()) best = len;
  return best;
}

namespace {

// An official name that starts at most two characters before the rules' name of a village and
// ends with it, where no other name holds those characters.
bool lengthens(const Mention& found, std::size_t begin, bool conflict) {
  constexpr std::size_t kLost = 2;
  return !conflict && found.level == "village" && begin < found.begin && found.begin - begin <= kLost;
}

}  // namespace

std::vector<PlaceLinker::Proposal> PlaceLinker::proposals(const std::vector<Mention>& mentions,
                                                          const std::vector<SentenceText>& sentences) const {
  std::vector<std::vector<std::size_t>> by_sentence(sentences.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) by_sentence[mentions[i].sentence].push_back(i);
  const std::size_t longest = std::min<std::size_t>(g_.longest_key(), 16);
  std::vector<Proposal> out;
  for (const auto& s : sentences) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const std::size_t suffix = suffix_at_.longest_at(s.cps, i).length;
      if (suffix == 0) continue;
      const std::size_t end = i + suffix;
      const std::size_t best = longest_official_ending_at(s, end, longest);
      if (best == 0) continue;
      const std::size_t begin = end - best;
      const std::string name = s.slice(begin, end);
      if (generic_.count(name)) continue;
      std::optional<std::size_t> ending_here;
      bool conflict = false, nested = false;
      for (std::size_t k : by_sentence[s.index]) {
        const Mention& m = mentions[k];
        if (m.type == rules::kPlace && m.end == end && !m.deictic) ending_here = k;
        const bool crosses =
            (m.begin < begin && begin < m.end && m.end < end) || (begin < m.begin && m.begin < end && end < m.end);
        conflict = conflict || crosses || (m.type == rules::kPlace && m.begin <= begin && end < m.end);
        nested = nested || (m.begin <= begin && end <= m.end && (m.begin < begin || end < m.end));
      }
      Proposal p;
      if (ending_here && lengthens(mentions[*ending_here], begin, conflict)) {
        // 让吾道村 for 吾道村, 四季吉祥村 for 吉祥村: the grammar cut a word of the name off; the
        // longer official name stands where it links below the document's city or county.
        p.mention = mentions[*ending_here];
        p.replaces = *ending_here;
      } else if (ending_here) {
        const Mention& m = mentions[*ending_here];
        // Shorten a name only when the rules' longer name is no official name itself.
        if (m.begin >= begin || !g_.find(m.label).empty()) continue;
        p.mention = m;
        p.replaces = *ending_here;
        p.from_rules_name = true;
        // What the shortened name loses may be a place of its own: 西坝县 of 西坝县城关镇
        // (县城, a county town, kept the grammar from cutting there).
        // The grammar may have cut into it (坝县城关镇 for a 4-character limit): the official name
        // may start before the rules' name did, as long as it covers what was lost.
        const std::size_t head_length = longest_official_ending_at(s, begin, longest);
        const std::string lost = s.slice(begin - head_length, begin);
        if (head_length > 0 && begin - head_length <= m.begin && !generic_.count(lost)) {
          Proposal head;
          head.mention = m;
          head.mention.label = head.mention.surface = lost;
          head.mention.rule = std::string(kOfficialPlaceRule);
          head.mention.begin = begin - head_length;
          head.mention.end = begin;
          head.mention.span = s.span(begin - head_length, begin);
          head.from_rules_name = true;
          out.push_back(std::move(head));
        }
      } else {
        if (conflict) continue;
        p.mention.type = rules::kPlace;
        p.mention.sentence = s.index;
        p.mention.nested = nested;
      }
      p.mention.label = p.mention.surface = name;
      p.mention.rule = std::string(kOfficialPlaceRule);
      p.mention.begin = begin;
      p.mention.end = end;
      p.mention.span = s.span(begin, end);
      out.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace kg::extract
