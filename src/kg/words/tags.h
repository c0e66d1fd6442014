// Parts of speech as the segmenter's dictionary gives them, folded into the classes that
// decide where a name may start: a name part holds nouns, place and proper names, modifiers
// and ordinals, never a pronoun, adverb, preposition, conjunction, particle or time word.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::words {

enum class Tag : std::uint8_t {
  unknown,       // not in the dictionary: transliterated and rare names are made of these
  noun,          // n, ng, s
  place_name,    // ns
  org_name,      // nt; also the rule set's own names
  person,        // nr, nrt, nrfg
  proper_noun,   // nz
  verbal_noun,   // vn
  verb,          // v, vd, vg, vi
  adjective,     // a, an, ag
  adverb,        // d, dg, df, ad
  pronoun,       // r, rr, rz, rg
  preposition,   // p
  conjunction,   // c
  particle,      // u, uj, ul, uz, ud, ug, uv
  numeral,       // m, mq
  classifier,    // q
  time,          // t, tg
  locality,      // f
  idiom,         // i, l
  abbreviation,  // j
  distinguishing,  // b
  status,        // z
  latin,         // eng, and runs of Latin letters or digits in the text
  punctuation,   // anything neither Han nor Latin
  other,         // e, y, o, h, k, x, g
};

// The dictionary's tag string ("nr", "vn", "uj") as a class.
Tag tag_from_code(std::string_view code);
std::string_view tag_name(Tag tag);

// Words that may stand inside a name part: nouns of every kind, verbal nouns, modifiers,
// numerals and classifiers (第十三批), localities, set phrases and verbs (a verb is trimmed from
// a name's left edge, not from its inside: 县扶贫开发办公室). Persons stand too: the dictionary
// tags many syllables of transliterated names (尼, 鲁朗) as persons' names.
bool may_stand_in_name(Tag tag);

// Words a name never opens with: verbs (赶回医院, 加大…幼儿园), set phrases (显而易见办) and
// manner words (匆忙) as well as every word that may not stand in a name at all.
bool may_open_name(Tag tag);

// Common words: nouns, verbs, verbal nouns and modifiers (订单, 数字化, 迷你), as against proper
// names, abbreviations, set phrases and function words.
bool is_common_tag(Tag tag);

// Words that tell one body or program from another of its kind: names of places, bodies and
// people, proper nouns, words the dictionary lacks (transliterations), abbreviations, numbers
// (第一, 2024), quotation marks. 汽车修理厂 and 文化活动 have none; 林芝松茸协会 has one.
bool is_distinctive(Tag tag);

// Words a one-character head may follow: 研究所 needs a noun before 所, 学者所言 has none.
bool is_nominal(Tag tag);

}  // namespace kg::words
