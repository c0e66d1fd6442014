// The words of one sentence as evidence for names: where a name part may start before its
// suffix, and whether a one-character suffix really ends a word. Character rules alone read
// 他匆忙赶回医院 or 印行时所 as names; words and their parts of speech do not.
//
//   kg::words::SentenceWords words(segmenter.segment(cps, known));
//   if (!words.ends_name(head_begin, head_end)) ...;      // 所 in 所有, 所写 is no head
//   begin = words.name_start(begin, head_begin, false);    // 赶回医院 -> 医院
#pragma once

#include <span>
#include <vector>

#include "kg/words/segmenter.h"

namespace kg::words {

class SentenceWords {
 public:
  // `cps`: the sentence the words cover, kept by reference.
  SentenceWords(std::vector<Word> words, std::span<const char32_t> cps);

  // Does the head [head_begin, head_end) end a word? A word may not run on past it (所有, 局面);
  // a one-character head that ends a longer word ends a noun (研究所; not 出院); one that is a
  // word of its own follows a noun or a verb and is no particle before a verb (鉴定所, 创建办;
  // not 学者所言, 所经营的, 显而易见办, 多站).
  bool ends_name(std::size_t head_begin, std::size_t head_end) const;

  // How loosely a name part is read. Places and organisations are full of transliterated
  // syllables that the dictionary knows as one-character verbs (觉木, 加木村); a place's
  // syllables may be one-character words of any class (卓玛村), so only longer words decide.
  enum class Kind { place, organisation, program };

  // The start of the name part before `head_begin`, no earlier than `floor`: whole words that
  // may stand in a name, then without the words no name opens with (verbs, adverbs). `known`
  // are names already found (places inside an organisation's name): each is one name-like word.
  std::size_t name_start(std::size_t floor, std::size_t head_begin, Kind kind, const std::vector<Span>& known) const;

  // Does the name part [begin, head_begin) tell its body or program from others of the kind:
  // a distinctive word (tags.h), a name already found, or a description of `min_words` words or
  // more (with two: 农牧民技能培训, not 文化活动)? The `kinds` spans are words that say only what
  // kind of body it is (二级, 综合, 定点 in 二级综合医院): they count for nothing. With `word_alone`
  // false, a short word running on into the head (卫生队 over 队) tells nothing unless it is
  // a place's (西安站): the dictionary lists kinds of body as words as readily as names. With
  // `editions_tell` false, an edition (第一次, 首届) is a common word: 第一次行动 names no program.
  bool is_distinctive_part(std::size_t begin, std::size_t head_begin, const std::vector<Span>& known,
                           std::size_t min_words = 2, const std::vector<Span>& kinds = {}, bool word_alone = true,
                           bool editions_tell = true) const;

  // Is the head [head_begin, head_end) a 所 of its own before what is done (大师斗尕所创作,
  // 时代所深切关注) or after a person's name (柳枝所制)? Then it is the particle, unless a place
  // or body opens the name.
  bool may_be_particle_suo(std::size_t head_begin, std::size_t head_end) const;

  // Does a place's or an organisation's name run on past [begin, end), which starts it (那 in
  // 那曲, 于 in 于都)?
  bool starts_proper_name(std::size_t begin, std::size_t end) const;

  // Is [begin, end) one word of the sentence?
  bool is_word(std::size_t begin, std::size_t end) const;
  // Is [begin, end) one word of two characters or more that the dictionary reads as a place's
  // name (奎屯, 阿拉山口)?
  bool is_place_word(std::size_t begin, std::size_t end) const;
  // Is [begin, end) one word the dictionary reads as a verbal noun (投资 in 投资集团)?
  bool is_verbal_noun(std::size_t begin, std::size_t end) const;

  // Is [begin, end) one common word: a noun, verb, verbal noun or modifier of the dictionary
  // (订单, 数字化, 迷你), no proper name, abbreviation or set phrase?
  bool is_common_word(std::size_t begin, std::size_t end) const;

  // Where the word that begins at `begin` ends; `begin` when no word begins there.
  std::size_t word_end(std::size_t begin) const;

  // Where the word that covers code point `at` begins; `at` when no word covers it.
  std::size_t word_begin(std::size_t at) const;

  // Where the trade name that ends at `at` begins (中国移动 before 西藏有限公司), or `at` when
  // the word before it is none.
  std::size_t brand_before(std::size_t at) const;

  // Is code point `at` part of a count (分两队, 开一站: a number and its measure word as one word)?
  // After a body's name the number is its unit's (统战部七局, 煤矿综采一队).
  bool in_count(std::size_t at) const;

  // Does a word open at `begin` and run on past `end` (镇江 past 镇)?
  bool opens_word_past(std::size_t begin, std::size_t end) const;

  // Does a verb of two characters or more, or an idiom, end right before code point `at` (推广 in
  // 推广政府购买服务, 高度重视 before 医院), or a verb's complement (处理好), or the second of two
  // verbs in a row (调整优化)?
  bool follows_verb(std::size_t at) const;

  // Where the verb of two characters or more that starts at `at` ends (完善 in 完善救助机制), or
  // the verb of any length after a word of manner (积极推进, 持之以恒抓); `at` when none starts
  // there.
  std::size_t predicate_end(std::size_t at) const;

  // Does a phrase open at code point `at`: after the sentence's start, a mark, a function word
  // (a preposition, adverb, particle, pronoun, conjunction), money or a count (，建设…,
  // 正在建设…, 120万元建设…)?
  bool opens_phrase_at(std::size_t at) const;

  // Is [begin, end) one word the dictionary reads as a verbal noun right before a noun (援助政策),
  // or a two-character noun between nouns (孕产妇补助项目)?
  bool modifies_noun(std::size_t begin, std::size_t end) const;
  // Does [begin, end) lie strictly inside one word, neither starting nor ending it (等 in 中等职业)?
  bool is_inside_word(std::size_t begin, std::size_t end) const;
  // Does [begin, end) start inside one word and end inside the next, of two characters or more
  // each (来自 in 前来|自治区)?
  bool straddles_words(std::size_t begin, std::size_t end) const;
  // Is [begin, end) a proper part of one word of the noun kind (编制 of 机构编制, not 出席 of
  // 应邀出席)?
  bool is_part_of_word(std::size_t begin, std::size_t end) const;
  // Does the one character at `at` end a longer word the dictionary reads as a noun (使 in 天使)?
  bool ends_noun(std::size_t at) const;
  // Does the part in brackets between `open` and `close` qualify the name around it (垃圾（渣土）,
  // 河（城区段）): two characters or more, not an aside opening with a verb, preposition,
  // conjunction or pronoun (（如雪顿节）, （含合拍片）) nor one word in place of a one-character word
  // (县（区）, 村（社区）)?
  bool qualifies_name(std::size_t open, std::size_t close) const;

  const std::vector<Word>& words() const { return words_; }

 private:
  const Word* word_at(std::size_t cp) const;  // the word covering a code point
  bool is_particle_before_verb(std::size_t at) const;
  bool in_passive(std::size_t at) const;
  bool is_rare_syllable(const Word& w) const;
  bool names_agent(const Word& w) const;
  bool completes_verb(const Word& w) const;
  bool takes_lone_object(std::size_t head_begin, std::size_t head_end) const;
  bool is_complement(const Word& w) const;
  bool is_edition(const Word& w) const;
  bool is_position(const Word& w) const;
  bool is_in_progress(const Word& w) const;
  static bool tells_its_body(const Word& own, bool word_alone);
  std::size_t after_clause(std::size_t start, std::size_t head_begin, Kind kind, const std::vector<Span>& known) const;
  std::size_t after_predicate(std::size_t start, std::size_t head_begin, const std::vector<Span>& known) const;
  std::size_t past_credited_name(std::size_t start, std::size_t head_begin, const std::vector<Span>& known) const;
  bool follows_credit(std::size_t at) const;
  bool names_object(const Word& verb, const Word* before, const Word* next, std::size_t head_begin,
                    const std::vector<Span>& known) const;
  bool numbers_object(const Word& verb, const Word* next, const std::vector<Span>& known) const;
  bool stands(const Word& w, Kind kind) const;
  bool is_negating_prefix(const Word& w) const;
  bool opens(const Word& w, Kind kind) const;
  Word word_before(std::size_t at, const std::vector<Span>& known) const;

  std::vector<Word> words_;
  std::span<const char32_t> cps_;
  std::vector<std::size_t> index_;  // per code point: its word
};

}  // namespace kg::words
