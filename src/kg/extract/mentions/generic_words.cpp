#include "kg/extract/mentions/generic_words.h"

#include <set>

namespace kg::extract {

void GenericWords::add(const rules::WordList& list, std::size_t index) {
  const int payload = static_cast<int>(index);
  for (const auto& w : list.words) generic_.add(w, payload);
  if (list.kind != "compound") return;
  std::set<std::string> types(list.types.begin(), list.types.end());
  if (types.empty()) types = {rules::kOrganisation, rules::kPlace, rules::kProgram};
  for (const auto& t : types)
    for (const auto& w : list.words) compounds_[t].add(w, payload);
}

bool GenericWords::is_generic(const std::vector<char32_t>& cps) const {
  return generic_.longest_at(cps, 0).length == cps.size();
}

bool GenericWords::is_generic(const SentenceText& s, std::size_t begin, std::size_t end) const {
  return is_generic(
      {s.cps.begin() + static_cast<std::ptrdiff_t>(begin), s.cps.begin() + static_cast<std::ptrdiff_t>(end)});
}

const WordMatcher* GenericWords::compounds_of(const std::string& type) const {
  const auto it = compounds_.find(type);
  return it == compounds_.end() ? nullptr : &it->second;
}

// 城市 in 争当城市, 村级 in 发展村级产业, 创建 of 团结进步创建 in 团结进步创建示范州 (a title, which the
// program compound 创建示范 runs on into).
bool GenericWords::in_compound(const SentenceText& s, std::size_t suffix_begin, std::size_t end,
                               const std::string& type) const {
  const WordMatcher* compounds = compounds_of(type);
  if (!compounds) return false;
  const auto runs_past = [&](std::size_t k) { return k + compounds->longest_at(s.cps, k).length > end; };
  if (compounds->longest_ending_at(s.cps, end).length > end - suffix_begin || runs_past(suffix_begin)) return true;
  // Only a program word's compound may start inside it: 县委组织部 runs no 委组织 past an office.
  if (type != rules::kProgram) return false;
  for (std::size_t k = suffix_begin + 1; k < end; ++k)
    if (runs_past(k)) return true;
  return false;
}

bool GenericWords::compound_ends_before(const SentenceText& s, std::size_t from, std::size_t end,
                                        const std::string& type) const {
  const WordMatcher* compounds = compounds_of(type);
  return compounds && compounds->longest_ending_at(s.cps, end).length > end - from;
}

bool GenericWords::compound_runs_past(const SentenceText& s, std::size_t begin, std::size_t end,
                                      const std::string& type) const {
  const WordMatcher* compounds = compounds_of(type);
  for (std::size_t k = begin; compounds && k < end; ++k)
    if (k + compounds->longest_at(s.cps, k).length > end) return true;
  return false;
}

bool GenericWords::compound_longer_at(const SentenceText& s, std::size_t at, std::size_t length,
                                      const std::string& type) const {
  const WordMatcher* compounds = compounds_of(type);
  return compounds && compounds->longest_at(s.cps, at).length > length;
}

}  // namespace kg::extract
