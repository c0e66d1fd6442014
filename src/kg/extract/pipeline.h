// From a Document to its mentions and relation mentions: the whole per-document pipeline.
//
//   kg::extract::Extractor extractor(rules);                 // once per rule set
//   kg::extract::Extraction x = extractor.run(document);     // const, per document
//
// Stages: simplify traditional script -> normalise -> repair layout -> segment -> entities -> names resolved across the
// document (names.h) -> places linked to official divisions (place_links.h) -> amounts and years
// -> relations (with the paragraph's subject and year carried over) -> the official hierarchy.
#pragma once

#include <memory>
#include <vector>

#include "kg/document/document.h"
#include "kg/extract/mention.h"
#include "kg/extract/places/place_links.h"
#include "kg/rules/rule_set.h"
#include "kg/text/segment.h"
#include "kg/text/text.h"
#include "kg/words/segmenter.h"

namespace kg::text {
class Simplifier;
}

namespace kg::extract {

struct Extraction {
  std::string document_id;
  std::size_t section = 0;  // a later part of a text read in parts is no document of its own
  text::Text text;
  std::vector<text::Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<RelationMention> relations;
  std::vector<PlaceLink> places;                 // with a division list: each place label and its division
  std::vector<std::vector<std::string>> traces;  // per sentence, when asked for: rules tried
};

struct RunOptions {
  bool trace = false;  // record, per sentence, each rule a cue was offered to and the outcome
};

// The dictionary's words and the rule set's names: 卫健委 and 工作队 stay one word each.
words::Segmenter segmenter_for(const rules::RuleSet& rules, const words::Dictionary& dictionary);

class EntityRecognizer;
class RelationFinder;
class SubjectFinder;
struct NamingRules;

// With a division list, places are linked to official divisions and the hierarchy above them
// becomes located_in edges (place_links.h); without one, places come from the rules alone.
struct Gazetteering {
  const gazetteer::Gazetteer* divisions = nullptr;
  HierarchyEdges hierarchy = HierarchyEdges::named;
};

class Extractor {
 public:
  // With a word dictionary, names are decided on words and parts of speech as well as
  // characters; the rule set's names join the dictionary's words.
  explicit Extractor(const rules::RuleSet& rules, Gazetteering gazetteering = {},
                     const words::Dictionary* dictionary = nullptr);
  ~Extractor();
  Extraction run(const document::Document& document, const RunOptions& options = {}) const;

 private:
  const rules::RuleSet& rules_;
  std::unique_ptr<words::Segmenter> segmenter_;
  std::unique_ptr<EntityRecognizer> entities_;
  std::unique_ptr<RelationFinder> relations_;
  std::unique_ptr<SubjectFinder> subjects_;
  std::unique_ptr<text::Simplifier> simplifier_;  // traditional text read in simplified script
  std::unique_ptr<NamingRules> naming_;
  std::unique_ptr<PlaceLinker> linker_;
  HierarchyEdges hierarchy_;
  std::vector<std::string> span_words_;  // money counted over years (三年来, 累计)
};

}  // namespace kg::extract
