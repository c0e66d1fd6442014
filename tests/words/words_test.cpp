// Words as evidence for names: the compiled dictionary, the segmenter, and what words say
// about where a name starts. The word list here is invented, in the jieba format.
#include <catch2/catch.hpp>

#include <fstream>

#include "kg/document/document.h"
#include "kg/error.h"
#include "kg/extract/pipeline.h"
#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/text/utf8.h"
#include "kg/words/dictionary.h"
#include "kg/words/segmenter.h"
#include "kg/words/sentence_words.h"
#include "support.h"

using kg::words::Dictionary;
using kg::words::Segmenter;
using kg::words::SentenceWords;
using kg::words::Tag;
using kg::words::Word;
using Kind = SentenceWords::Kind;

namespace {

constexpr const char* kWordList =
    "研究 800 vn\n研究所 300 n\n所 2000 c\n成立 500 v\n学者 200 n\n言 100 v\n他 3000 r\n匆忙 50 z\n"
    "赶回 40 v\n医院 600 n\n汽车 300 n\n修理 100 v\n厂 200 n\n双语 30 n\n幼儿园 60 nr\n东坝 5 ns\n"
    "扶贫 100 v\n开发 400 v\n办公室 300 n\n县 900 zg\n的 9000 uj\n写 300 v\n鉴定 80 vn\n"
    "月经 50 n\n月底 80 t\n经 300 p\n";

const Dictionary& dictionary() {
  static const Dictionary d = [] {
    const std::string dir = kg::test::scratch_dir();
    kg::test::write_file(dir + "/words.txt", kWordList);
    kg::words::compile_dictionary(dir + "/words.txt", "test words", dir + "/words.kgw");
    return Dictionary::open(dir + "/words.kgw");
  }();
  return d;
}

std::string cut(const Segmenter& segmenter, const std::string& text, std::vector<kg::words::Span> whole = {}) {
  const std::u32string cps = kg::extract::to_u32(text);
  std::string out;
  for (const Word& w : segmenter.segment(cps, whole)) {
    if (!out.empty()) out += " ";
    for (std::size_t k = w.begin; k < w.end; ++k) kg::text::append_utf8(out, cps[k]);
    out += "/" + std::string(kg::words::tag_name(w.tag));
  }
  return out;
}

// Words laid end to end from (length, tag) pairs, over a sentence of 汉 characters (or `text`).
SentenceWords words_of(std::initializer_list<std::pair<std::size_t, Tag>> parts, std::u32string_view text = {}) {
  static std::vector<std::u32string> sentences;  // alive for the test run: SentenceWords keeps a view
  std::vector<Word> words;
  std::size_t at = 0;
  for (const auto& [length, tag] : parts) {
    words.push_back({at, at + length, tag});
    at += length;
  }
  sentences.emplace_back(text.empty() ? std::u32string(at, U'汉') : std::u32string(text));
  return SentenceWords(std::move(words), sentences.back());
}

}  // namespace

TEST_CASE("a compiled word list finds its words, and their prefixes as no words") {
  const Dictionary& d = dictionary();
  CHECK(d.size() == 26);
  CHECK(d.longest_word() == 3);
  CHECK(d.source() == "test words");
  const auto word = d.find(kg::words::hash_of(U"研究所"));
  REQUIRE(word);
  CHECK(word->is_word);
  CHECK(word->tag == Tag::noun);
  const auto prefix = d.find(kg::words::hash_of(U"办公"));
  REQUIRE(prefix);
  CHECK_FALSE(prefix->is_word);
  CHECK_FALSE(d.find(kg::words::hash_of(U"公安局")));
}

TEST_CASE("a malformed word list is reported with its file and line") {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/bad.txt", "研究 800 vn\n研究所 many n\n");
  try {
    kg::words::compile_dictionary(dir + "/bad.txt", "bad", dir + "/bad.kgw");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(e.file() == dir + "/bad.txt");
    CHECK(e.line() == 2);
  }
  CHECK_FALSE(kg::test::file_exists(dir + "/bad.kgw"));
}

TEST_CASE("a file that is no word file is refused with its name") {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/not.kgw", std::string(64, 'x'));
  CHECK_THROWS_WITH(Dictionary::open(dir + "/not.kgw"), Catch::Contains(dir + "/not.kgw") && Catch::Contains("word file"));
}

TEST_CASE("the segmenter takes the most probable path through the words") {
  const Segmenter segmenter(dictionary());
  CHECK(cut(segmenter, "研究所成立") == "研究所/noun 成立/verb");
  CHECK(cut(segmenter, "学者所言") == "学者/noun 所/conjunction 言/verb");
  // Characters the list lacks are words of their own; Latin letters and digits run together.
  CHECK(cut(segmenter, "尕秀医院2024年") == "尕/unknown 秀/unknown 医院/noun 2024/latin 年/unknown");
}

TEST_CASE("a month after its number is a word of its own, unless it opens a word of time") {
  const Segmenter segmenter(dictionary());
  CHECK(cut(segmenter, "5月经东坝") == "5/latin 月/unknown 经/preposition 东坝/place_name");
  CHECK(cut(segmenter, "5月底") == "5/latin 月底/time");
  CHECK(cut(segmenter, "月经") == "月经/noun");
}

TEST_CASE("the rule set's words and tags win, and known spans stay whole") {
  Segmenter segmenter(dictionary());
  segmenter.add_word(U"幼儿园", Tag::noun);
  segmenter.add_word(U"卫健委", Tag::org_name);
  CHECK(cut(segmenter, "双语幼儿园") == "双语/noun 幼儿园/noun");
  CHECK(cut(segmenter, "县卫健委") == "县/status 卫健委/org_name");
  CHECK(cut(segmenter, "东坝研究所", {{0, 3}}) == "东坝研/org_name 究/unknown 所/conjunction");
}

TEST_CASE("a title run into the head of a body is read apart from it") {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/words.txt", "县委 400 n\n书记 900 n\n县委书记 300 n\n");
  kg::words::compile_dictionary(dir + "/words.txt", "test words", dir + "/words.kgw");
  const Dictionary titles = Dictionary::open(dir + "/words.kgw");
  Segmenter segmenter(titles);
  CHECK(cut(segmenter, "县委书记") == "县委书记/noun");
  segmenter.add_head(U"委");
  segmenter.add_title(U"书记");
  CHECK(cut(segmenter, "县委书记") == "县委/noun 书记/noun");
  CHECK(cut(segmenter, "书记") == "书记/noun");
}

TEST_CASE("a name part never opens with a verb, an adverb or a pronoun") {
  // 他 匆忙 赶回 医院: the name is only the head.
  const auto clause = words_of({{1, Tag::pronoun}, {2, Tag::status}, {2, Tag::verb}, {2, Tag::noun}});
  CHECK(clause.name_start(0, 5, Kind::organisation, {}) == 5);
  // 县 扶贫 开发 办公室: verbs inside a name stay; 扶贫 开发 办公室 alone loses them.
  const auto office = words_of({{1, Tag::noun}, {2, Tag::verb}, {2, Tag::verb}, {3, Tag::noun}});
  CHECK(office.name_start(0, 5, Kind::organisation, {}) == 0);
  CHECK(office.name_start(1, 5, Kind::organisation, {}) == 5);
  // 加 木 村: a place's one-character syllables may be anything.
  const auto village = words_of({{1, Tag::verb}, {1, Tag::noun}, {1, Tag::noun}});
  CHECK(village.name_start(0, 2, Kind::place, {}) == 0);
  CHECK(village.name_start(0, 2, Kind::program, {}) == 1);
  // 他 将 经营 园林 公司: after an adverb a verbal noun is the verb, not the name's first word.
  const auto firm =
      words_of({{1, Tag::pronoun}, {1, Tag::adverb}, {2, Tag::verbal_noun}, {2, Tag::noun}, {2, Tag::noun}});
  CHECK(firm.name_start(0, 6, Kind::organisation, {}) == 4);
}

TEST_CASE("a verb with the character of its doer after it names people, not a predicate") {
  using enum Tag;
  // 遗产 传承 人 记录 论坛: 传承人 are the inheritors; the name keeps them.
  CHECK(words_of({{2, noun}, {2, verb}, {1, noun}, {2, noun}, {2, noun}}, U"遗产传承人记录论坛")
            .name_start(0, 7, Kind::program, {}) == 0);
  // 游客 参观 遗产 记录 论坛: 参观 takes an object of two words; the name starts after it.
  CHECK(words_of({{2, noun}, {2, verb}, {2, noun}, {2, noun}, {2, noun}}, U"游客参观遗产记录论坛")
            .name_start(0, 8, Kind::program, {}) == 4);
}

TEST_CASE("a rare character the dictionary knows only as a morpheme stays in a name, a particle does not") {
  using enum Tag;
  // 金 诃 藏药 公司: 诃 is a syllable of the trade name.
  CHECK(words_of({{1, person}, {1, other}, {2, noun}, {2, noun}}, U"金诃藏药公司")
            .name_start(0, 4, Kind::organisation, {}) == 0);
  // 孩子 们 学校: the plural ends the name before it.
  CHECK(words_of({{2, noun}, {1, other}, {2, noun}}, U"孩子们学校").name_start(0, 3, Kind::organisation, {}) == 3);
}

TEST_CASE("a span that ends one word of two characters and opens the next straddles them") {
  using enum Tag;
  // 前来 自治区: 来自 reads across the two words.
  const auto words = words_of({{2, time}, {3, noun}}, U"前来自治区");
  CHECK(words.straddles_words(1, 3));
  CHECK_FALSE(words.straddles_words(0, 2));  // 前来 is a word
  CHECK_FALSE(words.is_inside_word(1, 3));
  // 来 自治区: a span that opens at a word's start straddles nothing.
  CHECK_FALSE(words_of({{1, verb}, {3, noun}}, U"来自治区").straddles_words(0, 2));
}

TEST_CASE("a rare syllable opens a name where a phrase opens, and is the suffix of the word before elsewhere") {
  using enum Tag;
  // ， 矶 山 工业园 党工委: the name opens with the syllable.
  CHECK(words_of({{1, punctuation}, {1, other}, {1, noun}, {3, noun}, {3, org_name}}, U"，矶山工业园党工委")
            .name_start(0, 6, Kind::organisation, {}) == 1);
  // 加快 紧密 型 医疗 联合体: 型 ends 紧密型 and opens no name; the name opens after it.
  CHECK(words_of({{2, verb}, {2, adjective}, {1, other}, {2, noun}, {3, noun}}, U"加快紧密型医疗联合体")
            .name_start(0, 7, Kind::organisation, {}) == 5);
}

TEST_CASE("a verb of direction that completes the verb before it opens no name") {
  using enum Tag;
  // 计算 出 主 寺院: 出 completes 计算; the name is only the head's words after it.
  CHECK(words_of({{2, verb}, {1, verb}, {1, noun}, {2, noun}}, U"计算出主寺院")
            .name_start(0, 4, Kind::organisation, {}) == 3);
  // 觉 木 寺院 after a noun: a syllable of a name.
  CHECK(words_of({{2, noun}, {1, verb}, {1, noun}, {2, noun}}, U"僧人觉木寺院")
            .name_start(2, 4, Kind::organisation, {}) == 2);
}

TEST_CASE("a count, a date or an evaluating adjective opens no name and an ordinal does") {
  using enum Tag;
  // 十三 批 驻村 工作队: the count is left out.
  CHECK(words_of({{2, numeral}, {1, classifier}, {2, verb}, {3, noun}}, U"十三批驻村工作队")
            .name_start(0, 5, Kind::organisation, {}) == 5);
  // 第十三 批 驻村 工作队: the ordinal stays.
  CHECK(words_of({{3, numeral}, {1, classifier}, {2, noun}, {3, noun}}, U"第十三批驻村工作队")
            .name_start(0, 6, Kind::organisation, {}) == 0);
  // 第四年 拉萨 净土 队, 著名 医院.
  CHECK(words_of({{3, numeral}, {2, person}, {2, noun}, {1, noun}}, U"第四年拉萨净土队")
            .name_start(0, 7, Kind::organisation, {}) == 3);
  CHECK(words_of({{2, adjective}, {2, noun}}).name_start(0, 2, Kind::organisation, {}) == 2);
}

TEST_CASE("a one-character word of position before a longer word or a verb ends a name") {
  using enum Tag;
  // 小孩 上 小学: 上 goes to school; the name is no more than the head.
  CHECK(words_of({{2, noun}, {1, locality}, {2, noun}}, U"小孩上小学").name_start(0, 3, Kind::organisation, {}) == 3);
  // 高原 上 建 电站: nor before a one-character verb.
  CHECK(words_of({{2, noun}, {1, locality}, {1, verb}, {2, noun}}, U"高原上建电站")
            .name_start(0, 4, Kind::organisation, {}) == 4);
  // 上 塘 小学: before a lone syllable it is one of a name.
  CHECK(words_of({{1, locality}, {1, noun}, {2, noun}}, U"上塘小学").name_start(0, 2, Kind::organisation, {}) == 0);
}

TEST_CASE("a verb with an object of two words starts the name after it, the head's word counting") {
  using enum Tag;
  // 黑水 筹建 名师 工作室 (head 室): the object is 名师工作室.
  CHECK(words_of({{2, noun}, {2, verb}, {2, noun}, {3, noun}}, U"黑水筹建名师工作室")
            .name_start(0, 8, Kind::organisation, {}) == 4);
  // 县 扶贫 开发 办公室 (head 办公室): the verbs modify the head and stay.
  CHECK(words_of({{1, noun}, {2, verb}, {2, verb}, {3, noun}}, U"县扶贫开发办公室")
            .name_start(0, 5, Kind::organisation, {}) == 0);
}

TEST_CASE("a name found before is one word of a longer name") {
  // 东坝县(found) 的 … : the walk takes the known place whole and stops at the particle.
  const auto w = words_of({{1, Tag::particle}, {1, Tag::verb}, {1, Tag::adverb}, {2, Tag::noun}, {2, Tag::noun}});
  CHECK(w.name_start(0, 5, Kind::organisation, {{1, 3}}) == 1);
  CHECK(w.name_start(0, 5, Kind::organisation, {}) == 3);
}

TEST_CASE("a one-character head must really end a name") {
  // 学者 所 言: the particle before a verb.
  CHECK_FALSE(words_of({{2, Tag::noun}, {1, Tag::conjunction}, {1, Tag::verb}}).ends_name(2, 3));
  // 鉴定 所 成立: a head, though a verb follows.
  CHECK(words_of({{2, Tag::verbal_noun}, {1, Tag::conjunction}, {2, Tag::verb}}).ends_name(2, 3));
  // 所有: the word runs on past the head.
  CHECK_FALSE(words_of({{2, Tag::noun}, {2, Tag::distinguishing}}).ends_name(2, 3));
  // 研究所: the head ends a longer noun; 出院 is a verb.
  CHECK(words_of({{3, Tag::noun}}).ends_name(2, 3));
  CHECK_FALSE(words_of({{2, Tag::noun}, {2, Tag::verb}}).ends_name(3, 4));
  // 多 站: a count before a head of its own is no name part.
  CHECK_FALSE(words_of({{1, Tag::numeral}, {1, Tag::noun}}).ends_name(1, 2));
}

TEST_CASE("a common noun phrase is not distinctive and a proper name or two words are") {
  CHECK_FALSE(words_of({{2, Tag::noun}, {3, Tag::noun}}).is_distinctive_part(0, 2, {}));  // 双语 幼儿园
  CHECK(words_of({{2, Tag::place_name}, {3, Tag::noun}}).is_distinctive_part(0, 2, {}));  // 东坝 幼儿园
  CHECK(words_of({{3, Tag::noun}, {2, Tag::noun}, {2, Tag::noun}}).is_distinctive_part(0, 5, {}));
  CHECK(words_of({{2, Tag::noun}, {2, Tag::noun}}).is_distinctive_part(0, 2, {{0, 2}}));
  // 二级 综合 医院: words that only say what kind of body it is count for nothing.
  CHECK_FALSE(words_of({{2, Tag::numeral}, {2, Tag::noun}, {2, Tag::noun}}).is_distinctive_part(0, 4, {}, 2, {{0, 2}, {2, 4}}));
  CHECK(words_of({{2, Tag::noun}, {2, Tag::noun}, {2, Tag::noun}}).is_distinctive_part(0, 4, {}, 2, {}));
}

TEST_CASE("a short dictionary word that ends in the head is a kind of body unless a place's") {
  // 卫生队: one word the dictionary tags as a body's name, counted as one word of description.
  CHECK(words_of({{3, Tag::org_name}}).is_distinctive_part(0, 2, {}, 2, {}));
  CHECK_FALSE(words_of({{3, Tag::org_name}}).is_distinctive_part(0, 2, {}, 2, {}, false));
  // 西安站 and 天安门国旗护卫队: a place's word, or a long name, still tells its body.
  CHECK(words_of({{3, Tag::place_name}}).is_distinctive_part(0, 2, {}, 2, {}, false));
  CHECK(words_of({{8, Tag::org_name}}).is_distinctive_part(0, 7, {}, 2, {}, false));
  // 木鱼 供电所: the name before brings one word, the head's own word another.
  CHECK(words_of({{2, Tag::noun}, {3, Tag::org_name}}).is_distinctive_part(0, 4, {}, 2, {}, false));
  CHECK_FALSE(words_of({{2, Tag::noun}, {3, Tag::org_name}}).is_distinctive_part(0, 4, {}, 3, {}, false));
}

TEST_CASE("a span deep inside a word is told from one at a word's edge") {
  // 中等职业 学校: 等 lies inside the first word; 中等 starts it, 职业 ends it.
  const auto w = words_of({{4, Tag::noun}, {2, Tag::noun}});
  CHECK(w.is_inside_word(1, 2));
  CHECK_FALSE(w.is_inside_word(0, 2));
  CHECK_FALSE(w.is_inside_word(2, 4));
  CHECK_FALSE(w.is_inside_word(4, 6));
}

namespace {

// The graph of `text` read by the shipped rules with a dictionary of `word_list` (word, count
// and tag a line).
kg::extract::Extraction extract_with_words(const std::string& word_list, const std::string& text) {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/words.txt", word_list);
  kg::words::compile_dictionary(dir + "/words.txt", "test words", dir + "/words.kgw");
  const auto words = Dictionary::open(dir + "/words.kgw");
  const kg::extract::Extractor extractor(kg::test::shipped_rules(), {}, &words);
  return extractor.run(kg::document::make_document("t", "t", text));
}

}  // namespace

TEST_CASE("a whole-word boundary ends a name as a word of its own, not inside another word") {
  const auto x = extract_with_words(
      "单位 300 n\n党史 300 n\n要 2000 v\n抓牢 40 v\n教育 500 vn\n实践 300 v\n活动 900 vn\n主要 800 b\n展演 300 vn\n"
      "文化 500 n\n各 900 r\n村民 300 n\n去 900 v\n看病 50 v\n东坝 5 ns\n经 700 p\n经开区 20 n\n"
      "管委会 100 n\n带 500 v\n孩子 500 n\n华西 20 ns\n医院 600 n\n",
      "各单位要抓牢党史教育实践活动。主要文化展演活动。村民带孩子去华西医院看病。东坝经开区管委会召开会议。"
      // Programs of common words are named again to count as programs (common-names="framed").
      "党史教育实践活动为期一月。主要文化展演活动为期一周。");
  const auto entities = kg::test::entity_lines(x);
  CHECK_FALSE(kg::test::contains(entities, "program:单位要抓牢党史教育实践活动"));
  CHECK(kg::test::contains(entities, "program:党史教育实践活动"));
  CHECK(kg::test::contains(entities, "program:主要文化展演活动"));
  CHECK_FALSE(kg::test::contains(entities, "organisation:孩子去华西医院"));
  CHECK(kg::test::contains(entities, "organisation:华西医院"));
  CHECK(kg::test::contains(entities, "organisation:东坝经开区管委会"));
}

TEST_CASE("a relation's cue read as a noun between words of a name is a word of the name") {
  const auto x = extract_with_words(
      "交通 500 n\n投资 800 vn\n集团 300 n\n有限公司 300 n\n公路 300 n\n建设 900 vn\n介绍 500 v\n"
      "了 9000 ul\n督查 200 vn\n城市 600 n\n污水 300 n\n治理 400 vn\n情况 500 n\n",
      "雪川省交通投资集团有限公司在东坝县建设公路。东坝县介绍了督查城市污水治理情况。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "organisation:雪川省交通投资集团有限公司"));
  CHECK_FALSE(kg::test::contains(entities, "organisation:集团有限公司"));
  // Where a phrase opens the cue is the verb, and the name follows it.
  CHECK_FALSE(kg::test::contains(entities, "program:督查城市污水治理"));
}

TEST_CASE("a cue the dictionary holds as a noun is a word of a name only between nouns") {
  const auto x = extract_with_words(
      "产妇 500 n\n补助 800 n\n项目 900 n\n全面实施 300 n\n农业 600 n\n保险 400 n\n网络 600 n\n助力 300 n\n",
      "东坝县实施产妇补助项目。东坝县全面实施农业保险项目。专家说网络助力政府工作。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "program:产妇补助项目"));
  // Before a body's head the cue is the verb: the network helps the government.
  CHECK_FALSE(kg::test::contains(entities, "organisation:网络助力政府"));
  // 全面实施 opens the phrase, whatever the dictionary calls it.
  CHECK(kg::test::contains(entities, "program:农业保险项目"));
  CHECK_FALSE(kg::test::contains(entities, "program:全面实施农业保险项目"));
}

TEST_CASE("two verbal nouns that are cues before a noun are words of a name") {
  const auto x = extract_with_words("投资 800 vn\n贸易 600 vn\n洽谈会 300 n\n监督 500 vn\n检查 500 vn\n机制 600 n\n",
                                    "东坝县举办第三届投资贸易洽谈会。东坝县建立了信访监督检查机制。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "program:第三届投资贸易洽谈会"));
  CHECK_FALSE(kg::test::contains(entities, "program:贸易洽谈会"));
}

TEST_CASE("a cue that is part of a longer noun is no act") {
  // 监管 of 监管局, 投资 of 外商投资; a cue that ends a longer verb (应邀出席) still is one.
  const auto x = extract_with_words("食品 500 n\n药品 500 n\n监管局 300 n\n外商投资 300 n\n座谈会 300 n\n",
                                    "雪川省食品药品监管局开展检查。南坪市外商投资座谈会今天召开。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "organisation:雪川省食品药品监管局"));
  CHECK(kg::test::contains(entities, "program:南坪市外商投资座谈会"));
}

TEST_CASE("a one-character complement of a verb opens no name") {
  // 好 乡村振兴 战略 (after 实施), 抓 实 人才 培训: the name starts after the complement.
  const auto good = words_of({{1, Tag::adjective}, {4, Tag::noun}, {2, Tag::noun}}, U"好乡村振兴战略");
  CHECK(good.name_start(0, 5, Kind::program, {}) == 1);
  const auto firm = words_of({{1, Tag::verb}, {1, Tag::noun}, {2, Tag::noun}, {2, Tag::verbal_noun}}, U"抓实人才培训");
  CHECK(firm.name_start(0, 4, Kind::organisation, {}) == 2);
  // 新 in 新城镇 is no complement.
  const auto fresh = words_of({{1, Tag::adjective}, {2, Tag::noun}, {2, Tag::verbal_noun}}, U"新城镇建设");
  CHECK(fresh.name_start(0, 3, Kind::organisation, {}) == 0);
}

TEST_CASE("a 所 of its own before what is done may be the particle, not a body's end") {
  // 大师 斗尕 所 创作: a verbal noun follows; 时代 所 深切 关注: an adverb and a verb.
  const auto made = words_of({{2, Tag::noun}, {2, Tag::person}, {1, Tag::noun}, {2, Tag::verbal_noun}}, U"大师斗尕所创作");
  CHECK(made.may_be_particle_suo(4, 5));
  const auto minded =
      words_of({{2, Tag::noun}, {1, Tag::noun}, {2, Tag::adjective}, {2, Tag::verb}}, U"时代所深切关注");
  CHECK(minded.may_be_particle_suo(2, 3));
  // 鉴定所 成立 reads as one word; 所 followed by a noun is a body's end.
  CHECK_FALSE(words_of({{3, Tag::noun}, {2, Tag::verb}}, U"鉴定所成立").may_be_particle_suo(2, 3));
  CHECK_FALSE(words_of({{2, Tag::noun}, {1, Tag::noun}, {2, Tag::noun}}, U"文管所所长").may_be_particle_suo(2, 3));
}

TEST_CASE("非 before a noun stays in the name it opens") {
  // 实施 非 物质 文化遗产 保护 项目: the name is 非物质文化遗产保护项目, not 物质….
  const auto w = words_of({{2, Tag::verb}, {1, Tag::other}, {2, Tag::noun}, {4, Tag::noun}, {2, Tag::verb}, {2, Tag::noun}},
                          U"实施非物质文化遗产保护项目");
  CHECK(w.name_start(0, 11, Kind::organisation, {}) == 2);
}

TEST_CASE("a boundary character that opens a place's or body's name is part of it") {
  // 那曲 地区: 那 opens the place's name; 那 些 (those) is a word of its own.
  const auto place = words_of({{2, Tag::place_name}, {2, Tag::noun}}, U"那曲地区");
  CHECK(place.starts_proper_name(0, 1));
  CHECK_FALSE(words_of({{2, Tag::pronoun}, {2, Tag::noun}}, U"那些学校").starts_proper_name(0, 1));
  CHECK_FALSE(words_of({{1, Tag::pronoun}, {2, Tag::noun}}, U"那学校").starts_proper_name(0, 1));
}

TEST_CASE("common words before a body the lexicon names whole are no part of its name and a country is") {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/words.txt", "通报 300 n\n并 900 c\n美国 300 ns\n发出 300 v\n通知 300 n\n");
  kg::words::compile_dictionary(dir + "/words.txt", "test words", dir + "/words.kgw");
  const auto words = Dictionary::open(dir + "/words.kgw");
  const kg::extract::Extractor extractor(kg::test::shipped_rules(), {}, &words);
  const auto x = extractor.run(
      kg::document::make_document("t", "t", "药监局发出通知，并通报国家卫生计生委。美国国务院发表声明。"));
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "organisation:国家卫生计生委"));
  CHECK_FALSE(kg::test::contains(entities, "organisation:通报国家卫生计生委"));
  CHECK_FALSE(kg::test::contains(entities, "organisation:国务院"));
}

TEST_CASE("common words glued before a body the document names alone are no part of its name and a place is") {
  const auto x = extract_with_words(
      "老师 500 n\n指导 300 v\n学生 500 n\n雪莲 5 nz\n小学 300 n\n开设 200 v\n课程 300 n\n冬季 200 t\n",
      "王老师指导学生雪莲小学是一所寄宿小学。雪莲小学开设了环保课程。冬季雪莲小学放假。"
      "东坝县雪峰小学开设了环保课程。雪峰小学放假。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "organisation:雪莲小学"));
  CHECK_FALSE(kg::test::contains(entities, "organisation:学生雪莲小学"));
  CHECK_FALSE(kg::test::contains(entities, "organisation:冬季雪莲小学"));
  CHECK(kg::test::contains(entities, "organisation:东坝县雪峰小学"));
  for (const auto& m : x.mentions)
    if (m.label == "雪莲小学") CHECK(m.surface == "雪莲小学");
}

TEST_CASE("a one-character verb glued before a program the document names alone is no part of its name") {
  const auto x =
      extract_with_words("群众 500 n\n再 900 d\n享 50 v\n雪峰 20 nz\n体制 300 n\n改革 500 vn\n成效 100 n\n明显 100 a\n",
                         "群众再享雪峰体制改革红利。雪峰体制改革成效明显。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "program:雪峰体制改革"));
  CHECK_FALSE(kg::test::contains(entities, "program:享雪峰体制改革"));
}
