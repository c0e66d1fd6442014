// From a Document to its mentions and relation mentions: the whole per-document pipeline.
//
//   kg::extract::Extractor extractor(rules);                 // once per rule set
//   kg::extract::Extraction x = extractor.run(document);     // const, per document
//
// Stages: normalise -> repair layout -> segment -> entities -> names resolved across the
// document (names.h) -> amounts and years -> relations (with the paragraph's subject and year
// carried over).
#pragma once

#include <memory>
#include <vector>

#include "kg/document/document.h"
#include "kg/extract/mention.h"
#include "kg/rules/rule_set.h"
#include "kg/text/segment.h"
#include "kg/text/text.h"

namespace kg::extract {

struct Extraction {
  std::string document_id;
  text::Text text;
  std::vector<text::Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<RelationMention> relations;
  std::vector<std::vector<std::string>> traces;  // per sentence, when asked for: rules tried
};

struct RunOptions {
  bool trace = false;  // record, per sentence, each rule a cue was offered to and the outcome
};

class EntityRecognizer;
class RelationFinder;
struct NamingRules;

class Extractor {
 public:
  explicit Extractor(const rules::RuleSet& rules);
  ~Extractor();
  Extraction run(const document::Document& document, const RunOptions& options = {}) const;

 private:
  const rules::RuleSet& rules_;
  std::unique_ptr<EntityRecognizer> entities_;
  std::unique_ptr<RelationFinder> relations_;
  std::unique_ptr<NamingRules> naming_;
};

}  // namespace kg::extract
