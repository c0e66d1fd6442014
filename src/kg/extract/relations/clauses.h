// What a clause says about who acts in it, read from its words: a personal pronoun or a name
// that is no node is its own actor, so none is carried over from elsewhere; a deed done right
// after a founding is the founder's.
#pragma once

#include <cstddef>

#include "kg/extract/relations/frames.h"
#include "kg/extract/sentence_text.h"

namespace kg::extract {

// 他们开展…活动: a personal pronoun in the cue's clause, before the cue, acts there.
bool person_acts(const SentenceContext& c, std::size_t cue_begin);

// 2018年，浦东正式启动…: the cue's clause opens, past its dates, with a place's or a body's name
// the word dictionary knows and no rule made a node.
bool unlisted_name_acts(const SentenceContext& c, std::size_t cue_begin);

// 成立了领导小组，制定了…: the clause after `from` opens with a deed done (a verb with 了).
bool deeds_go_on(const SentenceText& s, std::size_t from);

}  // namespace kg::extract
