// How far left of its suffix a name runs: over name characters up to a boundary, the
// previous name of its type or the suffix's longest name, and for a company over its seat in
// brackets (班夫（北京）文化传播有限公司) and for a program over a qualifier in brackets.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/sentence_text.h"
#include "kg/rules/rule_set.h"
#include "kg/words/sentence_words.h"

namespace kg::extract {

struct Walk {
  std::size_t begin;
  std::optional<std::size_t> seat;  // where a company's seat or a program's qualifier in brackets opens
};

// `floor`: the end of the previous name of the suffix's type, which the walk never passes. A
// program's walk passes brackets only where the words say they qualify its name.

Walk walk_left(const SentenceText& s, const rules::Suffix& suffix, const std::vector<unsigned char>& blocked,
               std::size_t floor, std::size_t suffix_begin, const words::SentenceWords* words);

// Where a walk that the suffix's longest name stopped at `begin` would have ended without that
// limit (at most `reach` characters further), or `begin` when something else stopped it.
std::size_t walk_past_limit(const SentenceText& s, const rules::Suffix& suffix,
                            const std::vector<unsigned char>& blocked, std::size_t floor, std::size_t begin,
                            std::size_t reach);

// Where the next name with the head at [head_begin, head_end) may start at the earliest: after
// an earlier name of the sentence that ends with the same head (of two characters or more), when
// what runs between them joins two names (医院医院, …大赛暨第六届…大赛), not a unit of the first
// (北京电影学院动画学院).
std::size_t after_same_head(const SentenceText& s, const std::vector<Mention>& found, const std::string& type,
                            std::size_t head_begin, std::size_t head_end);

// 建筑垃圾（渣土）专项整治行动, 黑河（城区段）综合整治工程: a qualifier in brackets inside a program's
// name. Where the name starts over it: before the bracket when the name part `begin` found runs
// up to it and name-like words stand before it, else `begin`.
std::size_t over_bracketed_qualifier(const SentenceText& s, const words::SentenceWords& words, const Walk& walk,
                                     std::size_t begin, const std::vector<words::Span>& known);

// A name that would start inside the brackets `walk` passed over starts after them.
std::size_t out_of_bracket(const SentenceText& s, const Walk& walk, std::size_t begin);

// Where a name that starts right after 中国（city） starts with them, else `begin`.
std::size_t past_national_seat(const SentenceText& s, std::size_t begin);

}  // namespace kg::extract
