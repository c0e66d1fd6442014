#include "kg/extract/pipeline.h"

#include <algorithm>
#include <map>
#include <set>

#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/mentions/mentions.h"
#include "kg/extract/names/joint_bodies.h"
#include "kg/extract/names/names.h"
#include "kg/extract/places/described_villages.h"
#include "kg/extract/places/place_forms.h"
#include "kg/extract/relations/amounts.h"
#include "kg/extract/relations/facts.h"
#include "kg/extract/relations/frames.h"
#include "kg/extract/sentence_text.h"
#include "kg/text/layout.h"
#include "kg/text/normalize.h"
#include "kg/text/script.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

words::Tag word_tag(const std::string& type) {
  if (type == rules::kPlace) return words::Tag::place_name;
  return type == rules::kOrganisation ? words::Tag::org_name : words::Tag::proper_noun;
}

// The bare name a prefecture-level division goes by (那曲 of 那曲市, 玉树 of 玉树藏族自治州), or
// empty when no short name of two or three characters leads back to it.
std::u32string city_stem(const gazetteer::Gazetteer& divisions, std::uint32_t index) {
  const std::u32string name = to_u32(divisions.division(index).name);
  for (std::size_t length = 2; length <= 3 && length < name.size(); ++length) {
    const std::u32string stem = name.substr(0, length);
    for (const std::u32string level : {U"市", U"州", U"地区", U"盟"}) {
      const auto found = divisions.find(text::to_utf8(stem + level));
      if (std::find(found.begin(), found.end(), index) != found.end()) return stem;
    }
  }
  return {};
}

// Words the rule set declares nouns (安康 of 幸福安康, 长治 of 长治久安).
std::set<std::u32string> rule_nouns(const rules::RuleSet& rules) {
  std::set<std::u32string> words;
  for (const auto& list : rules.word_lists)
    if (list.kind == "noun")
      for (const auto& w : list.words) words.insert(to_u32(w));
  return words;
}

// 那曲, 林芝, 大连, 银川, 遵义: the dictionary reads many prefecture-level divisions' bare names as
// persons' names, function words (an adverb), nouns or verbs; they are places' names, unless the
// rule set declares them nouns (安康 of 幸福安康, 日照 the sunshine).
void add_city_stems(words::Segmenter& segmenter, const rules::RuleSet& rules, const words::Dictionary& dictionary,
                    const gazetteer::Gazetteer& divisions) {
  const std::set<std::u32string> common = rule_nouns(rules);
  for (std::uint32_t i = 0; i < divisions.size(); ++i) {
    if (divisions.division(i).level != gazetteer::Level::city) continue;
    const std::u32string stem = city_stem(divisions, i);
    if (stem.empty() || common.count(stem)) continue;
    const auto entry = dictionary.find(words::hash_of(stem));
    if (!entry || !entry->is_word || entry->tag != words::Tag::place_name)
      segmenter.add_word(stem, words::Tag::place_name);
  }
}

std::unique_ptr<words::Segmenter> make_segmenter(const rules::RuleSet& rules, const words::Dictionary* dictionary,
                                                 const gazetteer::Gazetteer* divisions) {
  if (!dictionary) return nullptr;
  auto segmenter = std::make_unique<words::Segmenter>(segmenter_for(rules, *dictionary));
  if (divisions) add_city_stems(*segmenter, rules, *dictionary, *divisions);
  return segmenter;
}

// A name's last word is a noun, except a work word the dictionary knows as a verbal noun: 建设
// ends 美丽乡村建设 and is still the verb of 建设罗林村.
words::Tag suffix_tag(const words::Dictionary& dictionary, const std::string& text) {
  const auto entry = dictionary.find(words::hash_of(to_u32(text)));
  return entry && entry->is_word && entry->tag == words::Tag::verbal_noun ? words::Tag::verbal_noun : words::Tag::noun;
}

// A first paragraph of one sentence, without a sentence's closing mark, is the headline.
bool is_headline(const std::vector<SentenceText>& sentences, std::size_t i) {
  if (i != 0 || sentences.empty() || (sentences.size() > 1 && sentences[1].paragraph == sentences[0].paragraph))
    return false;
  static const std::u32string kClosing = U"。！？；!?;";
  const auto& cps = sentences[0].cps;
  return !cps.empty() && kClosing.find(cps.back()) == std::u32string::npos;
}

std::optional<EntityRef> headline(const SubjectFinder& subjects, const std::vector<SentenceText>& sentences,
                                  const std::vector<std::vector<Mention>>& by_sentence) {
  if (!is_headline(sentences, 0)) return std::nullopt;
  return subjects.headline_actor(by_sentence[0], sentences[0]);
}

// The level of the place the sentence's subject names; empty for any other subject.
std::string level_of(const std::vector<Mention>& mentions, const std::optional<EntityRef>& subject) {
  if (!subject || subject->type != rules::kPlace) return "";
  for (const auto& m : mentions)
    if (m.type == subject->type && m.label == subject->label) return m.level;
  return "";
}

// The one program a sentence runs (实施了一大批环境整治项目) and who runs it, which a sentence
// after it may go on about; a sentence that runs several (一是…，二是…) leaves none.
std::optional<ProgramRun> only_program_run(const std::vector<RelationMention>& found) {
  std::optional<ProgramRun> run;
  for (const auto& r : found) {
    if (r.relation != "organises" || r.target.type != rules::kProgram || (run && run->program == r.target)) continue;
    if (run) return std::nullopt;
    run = ProgramRun{r.source, r.target};
  }
  return run;
}

}  // namespace

words::Segmenter segmenter_for(const rules::RuleSet& rules, const words::Dictionary& dictionary) {
  words::Segmenter segmenter(dictionary);
  for (const auto& entry : rules.lexicon)
    for (const auto& form : entry.forms) segmenter.add_word(to_u32(form), word_tag(entry.type));
  for (const auto& suffix : rules.suffixes) segmenter.add_word(to_u32(suffix.text), suffix_tag(dictionary, suffix.text));
  // Generic place words are common nouns whatever the dictionary says (it calls 城市 a place's
  // name); only those, so that the words of other names are counted as the dictionary cuts them.
  // Words the rule set declares nouns: the dictionary tags some of the genre's nouns otherwise
  // (进步 as an adverb in 民族团结进步).
  for (const auto& list : rules.word_lists)
    if (list.kind == "noun" || ((list.kind == "generic" || list.kind == "compound") && list.types.size() == 1 &&
                                list.types.front() == rules::kPlace))
      for (const auto& w : list.words) segmenter.add_word(to_u32(w), words::Tag::noun);
  // 县委书记: a title run into the head of the body it is held in is read apart from it.
  for (const auto& list : rules.word_lists)
    if (list.kind == "title")
      for (const auto& w : list.words) segmenter.add_title(to_u32(w));
  for (const auto& suffix : rules.suffixes)
    if (suffix.type == rules::kOrganisation) segmenter.add_head(to_u32(suffix.text));
  return segmenter;
}

Extractor::Extractor(const rules::RuleSet& rules, Gazetteering gazetteering, const words::Dictionary* dictionary)
    : rules_(rules),
      segmenter_(make_segmenter(rules, dictionary, gazetteering.divisions)),
      entities_(std::make_unique<EntityRecognizer>(rules, segmenter_.get(), gazetteering.divisions)),
      relations_(std::make_unique<RelationFinder>(rules)),
      subjects_(std::make_unique<SubjectFinder>(rules, segmenter_.get())),
      simplifier_(std::make_unique<text::Simplifier>()),
      naming_(std::make_unique<NamingRules>(rules)),
      linker_(gazetteering.divisions ? std::make_unique<PlaceLinker>(rules, *gazetteering.divisions) : nullptr),
      hierarchy_(gazetteering.hierarchy) {
  for (const auto& list : rules.word_lists)
    if (list.kind == "span") span_words_.insert(span_words_.end(), list.words.begin(), list.words.end());
}

Extractor::~Extractor() = default;

Extraction Extractor::run(const document::Document& document, const RunOptions& options) const {
  Extraction x;
  x.document_id = document.id;
  x.section = document.section;
  x.text = text::repair_layout(text::normalize(simplifier_->simplify(document.bytes)));
  // Read from another encoding, from a web page or in parts: offsets go back to the bytes of the
  // file as given.
  if (!document.source_offsets.empty())
    for (auto& o : x.text.origin) o = document.source_offsets[o];
  else if (document.base > 0)
    for (auto& o : x.text.origin) o += document.base;
  x.sentences = text::segment(x.text);

  std::vector<SentenceText> sentences;
  sentences.reserve(x.sentences.size());
  std::vector<std::vector<words::Word>> sentence_words(x.sentences.size());
  for (std::size_t i = 0; i < x.sentences.size(); ++i) {
    sentences.emplace_back(x.text.bytes, x.sentences[i], i);
    auto found = entities_->find(sentences.back(), &sentence_words[i]);
    x.mentions.insert(x.mentions.end(), found.begin(), found.end());
  }
  prefer_full_forms(x.mentions, *naming_);
  resolve_places(x.mentions);
  if (linker_) linker_->screen(x.mentions, sentences);
  if (linker_ && segmenter_) drop_described_villages(x.mentions, linker_->gazetteer(), *segmenter_);
  trim_organisations_to_places(x.mentions, *naming_);
  share_listed_places(x.mentions, sentences);
  resolve_scope(x.mentions);
  add_short_place_forms(x.mentions, sentences);
  merge_department_forms(x.mentions);
  apply_aliases(x.mentions, x.text, rules_);
  drop_glued_words(x.mentions, sentence_words);
  resolve_short_names(x.mentions, naming_->program_variants);
  resolve_quoted_names(x.mentions, *naming_);
  merge_program_variants(x.mentions, *naming_);
  add_bare_heads(x.mentions, sentences, *naming_);
  drop_glued_prefixes(x.mentions);
  split_joint_bodies(x.mentions, sentences);
  add_party_and_government(x.mentions, sentences);
  merge_short_place_prefixes(x.mentions);
  merge_party_departments(x.mentions, *naming_);
  merge_doubled_levels(x.mentions, *naming_);
  if (linker_) {
    x.places = linker_->link(x.mentions, sentences);
    rescope_to_official_places(x.mentions);
  }
  std::vector<std::vector<Mention>> by_sentence(sentences.size());
  for (const auto& m : x.mentions) by_sentence[m.sentence].push_back(m);
  const std::map<std::string, std::string> place_forms = forms_of_places(x.mentions, segmenter_.get());

  Actors actors(headline(*subjects_, sentences, by_sentence));
  std::optional<int> year;  // the paragraph's last stated year, for money stated without one
  std::size_t paragraph = static_cast<std::size_t>(-1);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const SentenceText& s = sentences[i];
    if (s.paragraph != paragraph) year.reset();
    paragraph = s.paragraph;
    const std::vector<Mention>& mentions = by_sentence[i];
    const auto amounts = find_amounts(s, rules_);
    const auto years = find_years(s, document.year);
    const auto subject = subjects_->subject_of(mentions, s);
    actors.enter(s.paragraph, subject, subjects_->opens_section(s), level_of(mentions, subject));
    const std::optional<int> carried = spans_years(s, span_words_) ? std::nullopt : year;
    const SentenceContext context{
        s, mentions, amounts, years, actors, place_forms, carried, is_headline(sentences, i), sentence_words[i]};
    std::vector<RuleTrace> trace;
    auto found = relations_->find(context, options.trace ? &trace : nullptr);
    if (options.trace) {
      x.traces.emplace_back();
      for (const auto& t : trace) x.traces.back().push_back(t.rule + " [" + t.cue + "] " + t.outcome);
    }
    x.relations.insert(x.relations.end(), found.begin(), found.end());
    actors.leave(only_program_run(found));
    actors.named(mentions);
    if (const auto shared = shared_year(s, years)) year = shared;
  }
  complete_restated_facts(x.relations);
  drop_idle_kinds(x.mentions, x.relations, linker_ ? &linker_->gazetteer() : nullptr);
  if (linker_) linker_->add_hierarchy(x.places, x.relations, hierarchy_);
  return x;
}

}  // namespace kg::extract
