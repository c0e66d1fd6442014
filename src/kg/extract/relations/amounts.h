// Money and years in a sentence. Amounts come from the rules' amount patterns and money units
// and are normalised to yuan (1000万元 = 10,000,000; 2.3亿元 = 230,000,000); "余"/"多" set
// `approximate`. Years are four-digit numbers followed by 年.
#pragma once

#include <optional>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/sentence_text.h"
#include "kg/rules/rule_set.h"

namespace kg::extract {

std::vector<Amount> find_amounts(const SentenceText& sentence, const rules::RuleSet& rules);

struct YearMention {
  std::size_t begin = 0;  // code points
  int year = 0;           // 0: relative to a document year not known
};
// Years written out (2017年) and years relative to the document's own (今年, 去年, 前年, 明年),
// in order; without the document's year those are 0, a year stated but not known.
std::vector<YearMention> find_years(const SentenceText& sentence, std::optional<int> this_year = std::nullopt);

// The sentence's last year that later sentences of the paragraph may share: not one that dates
// a founding or a life (1987年成立, 1998年参加工作), which says when, not for when.
std::optional<int> shared_year(const SentenceText& sentence, const std::vector<YearMention>& years);

// Does the sentence count its money over a span of years (三年来, 累计, 先后: the rules' span
// words)? A year stated earlier in the paragraph is then not the money's year.
bool spans_years(const SentenceText& sentence, const std::vector<std::string>& span_words);

}  // namespace kg::extract
