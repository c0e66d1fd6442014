// Document-level naming: after every sentence's mentions are found, these passes give each
// entity one canonical label across the document (the place in scope, the fullest form, short
// names and aliases), in the order Extractor::run applies them.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kg/extract/mentions/lexicon_matcher.h"

#include "kg/extract/mention.h"
#include "kg/extract/sentence_text.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/rules/rule_set.h"
#include "kg/text/text.h"
#include "kg/words/segmenter.h"

namespace kg::extract {

// What the naming passes need from the rule set, derived once per rule set.
struct NamingRules {
  explicit NamingRules(const rules::RuleSet& rules);
  WordMatcher organisation_openers;        // 驻: may stay before the place in a name
  WordMatcher organisation_compounds;      // 政府方, 局长: words an organisation's head runs into
  std::set<std::string> name_lexicon_ids;  // lexicon entries that are entities by themselves
  std::set<std::u32string> named_bodies;   // their organisations' forms (农行, 中国农业银行)
  // Suffixes of two characters or more that a body or a site may be written by alone (合作社).
  std::vector<std::pair<std::string, std::u32string>> heads;  // (type, head)
  WordMatcher shared_heads;  // suffixes marked shared="true" (政府, 党委)
  std::set<std::string> program_generics;  // words that name no program alone (建设, 活动)
  std::vector<std::string> program_variants;  // words a program is named with or without (机制, 工作)
  std::vector<std::string> program_qualifiers;  // words inside a program's name it may go without (全国)
  std::vector<std::string> party_departments;  // departments of a place's Party committee (宣传部)
  std::vector<std::string> body_levels;        // level characters that name bodies (县 of 县委; not 村)
};

// A short name that ends a longer name (or surface form) of the same type in the document is
// that entity (比武竞赛 and “金秋杯”职工技能竞赛); applies to organisations and programs. A
// program's name counts without one of the `variants` after it too (小流域综合治理 and
// 雪峰河小流域综合治理工作).
void resolve_short_names(std::vector<Mention>& mentions, const std::vector<std::string>& variants);

// A program named by its quoted name alone (“三清单”) or with only a generic word after it
// (“海绵城市”建设, “海绵城市”改造) is the program that name opens elsewhere in the document, the
// most named of them (“三清单”机制, “海绵城市”试点建设).
void resolve_quoted_names(std::vector<Mention>& mentions, const NamingRules& naming);

// 三清单 and 三清单机制, 茅塔河小流域综合治理 and …综合治理工作: a program named with and without one
// of the rule set's variant words after it is one program, labelled by the form the document
// uses most (the longer on a tie); so is one named with and without a qualifier word inside
// (创建全国民族团结进步示范县 and 创建民族团结进步示范县).
void merge_program_variants(std::vector<Mention>& mentions, const NamingRules& naming);

// 拉萨 for 拉萨市, 甘南 for 甘南州, 天祝 for 天祝县, 那曲 for 那曲地区: the name a city, prefecture
// or county goes by without its level word, at least two characters; none for other labels.
std::optional<std::string> bare_place_name(const std::string& label);

// 南坪雪峰协会 and 南坪市雪峰协会 in one document are one body, named with the place's full name
// (cities, prefectures and counties).
void merge_short_place_prefixes(std::vector<Mention>& mentions);

// 东坝县宣传部 and 东坝县委宣传部 in one document are one body, the department of the county's
// Party committee, named with 委.
void merge_party_departments(std::vector<Mention>& mentions, const NamingRules& naming);

// 天峻县县委, 格尔木市市政府: a place's own organ written with the place's level twice is named
// with it once (天峻县委, 格尔木市政府), as the text's other mentions of it are.
void merge_doubled_levels(std::vector<Mention>& mentions, const NamingRules& naming);

// 南坪 after 南坪市 in the same document is that city (cities and counties only; a short form
// inside a longer run of characters on both sides is left alone).
void add_short_place_forms(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences);

// 专业理论培训, 肉牛养殖合作社: a program or body named by common words alone (Mention::common)
// is a kind, not one of it, unless a relation of the document holds it (东坝县投资50万元实施
// 河道综合治理), another sentence names it again, a place or body of the document stands in its
// label, or a county's or city's bare name opens it. Runs after the relations are found.
void drop_idle_kinds(std::vector<Mention>& mentions, const std::vector<RelationMention>& relations,
                     const gazetteer::Gazetteer* divisions);

// Another mention of the entity `named` names, at [begin, end) of `s`, found by `rule`.
Mention mention_of(const Mention& named, const SentenceText& s, std::size_t begin, std::size_t end,
                   const std::string& rule);

// For each sentence, which of its characters a mention covers.
std::vector<std::vector<bool>> covered_by(const std::vector<Mention>& mentions,
                                          const std::vector<SentenceText>& sentences);

// Adds mentions, keeping the document's order (sentence, then position, longer first); puts the
// list back in that order if a caller's replacements moved any.
void add_in_order(std::vector<Mention>& mentions, std::vector<Mention> added);

// A head of two characters or more written alone (经开区, 合作社, 该公司) is the one organisation
// or site of the document that ends with it, when only one does and the head stands alone or
// after a word pointing back (该, 本). A shared head (政府 after 西藏自治区党委、) is the body of
// the place the body before it is named with.
void add_bare_heads(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences,
                    const NamingRules& naming);

// 西藏自治区文明办、卫计委、残联: standard departments listed bare right after a body named with
// its place are that place's, before any scope reads them as the document's county's.
void share_listed_places(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences);

// A department's full name and abbreviation with the same place prefix name one body, labelled
// by the fullest form the document gives (人社局 and 人力资源和社会保障局).
void merge_department_forms(std::vector<Mention>& mentions);

// 推亿利集团, 班玛更珠中国藏学研究中心: a body's label that is another body's of the document
// with one character before it that is a word's start and names no place (a verb, the end of a
// person's name) is that body's; so is one with common words before it and no place among them
// (学生吉尕小学, 旅游旺季布达拉宫管理处), and a program's with a one-character verb (享增值税改革).
// The mention then covers the entity's label alone.
void drop_glued_words(std::vector<Mention>& mentions, const std::vector<std::vector<words::Word>>& sentence_words);

// A surface that is the label with a word of one or two characters glued before it (步入山南市,
// 时任…县委, 住进…医院) is written as the label alone, its span moved to match: an alias is a
// form of the name. A prefix that is (the start of) a place the document names stays (成都金牛区).
void drop_glued_prefixes(std::vector<Mention>& mentions);

// Forms of one lexicon entry in one document name one entity, by the longest form used there.
void prefer_full_forms(std::vector<Mention>& mentions, const NamingRules& naming);

// A place whose name ends with another place named in the document is that place: the longer
// name took a word before it (值得团结村 and 团结村). Names of at least two characters and a suffix.
void resolve_places(std::vector<Mention>& mentions);

// An organisation's name that holds a place the document names starts there: 挂职西坝县藏医院
// is 西坝县藏医院 (an opener such as 驻 stays).
void trim_organisations_to_places(std::vector<Mention>& mentions, const NamingRules& naming);

// Departments named without their place (人社局, 县政府) take the place the document names most
// at the level the prefix gives (county by default, else city).
void resolve_scope(std::vector<Mention>& mentions);

// A place the division list named (老城镇, where the rules found no name) may be the last of its
// level before a department written with the level only (镇政府): the department is re-read
// against the places as linked.
void rescope_to_official_places(std::vector<Mention>& mentions);

// Names joined by an alias rule's joiner (——, （以下简称…）) are one entity, labelled by the first,
// unless only the second reads as a name (holds a place or stands in quotes).
void apply_aliases(std::vector<Mention>& mentions, const text::Text& text, const rules::RuleSet& rules);

}  // namespace kg::extract
