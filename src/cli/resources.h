// What an extract, explain or eval run reads before its first document, chosen by the options:
// the rule set, the division list and the word dictionary, and the extractor over them.
#pragma once

#include <optional>
#include <string>

#include "kg/document/document.h"
#include "kg/document/json_lines.h"
#include "kg/extract/pipeline.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/rules/rule_set.h"
#include "kg/words/dictionary.h"
#include "options.h"

namespace kg::cli {

// The list named by --gazetteer, else the default one; none with --no-gazetteer. Without a list
// (and without --no-gazetteer), one warning on standard error says that places come from the
// rules' patterns only. A list given by name that cannot be opened is an error.
std::optional<gazetteer::Gazetteer> open_divisions(const ExtractOptions& options, const std::string& argv0);

// The extractor's settings for that list.
extract::Gazetteering gazetteering(const std::optional<gazetteer::Gazetteer>& divisions, const ExtractOptions& options);

// How text files and JSON Lines records are read: --encoding, --format and the record fields.
document::ReadOptions read_options(const ExtractOptions& options);
document::JsonLinesOptions json_options(const ExtractOptions& options);

// The word dictionary named by --words, else the default one; none with --no-words. Without
// one (and without --no-words), one warning says that names are decided on characters only.
std::optional<words::Dictionary> open_words(const ExtractOptions& options, const std::string& argv0);

// The extractor with everything it refers to; built once per run, neither copied nor moved.
class ExtractionResources {
 public:
  ExtractionResources(const ExtractOptions& options, const std::string& argv0);
  ExtractionResources(const ExtractionResources&) = delete;
  ExtractionResources& operator=(const ExtractionResources&) = delete;
  const extract::Extractor& extractor() const { return extractor_; }
  const rules::RuleSet& rules() const { return rules_; }
  bool has_divisions() const { return divisions_.has_value(); }

 private:
  rules::RuleSet rules_;
  std::optional<gazetteer::Gazetteer> divisions_;
  std::optional<words::Dictionary> dictionary_;
  extract::Extractor extractor_;
};

}  // namespace kg::cli
