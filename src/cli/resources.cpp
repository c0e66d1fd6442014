#include "resources.h"

#include <iostream>

#include "rules_location.h"

namespace kg::cli {

std::optional<gazetteer::Gazetteer> open_divisions(const ExtractOptions& options, const std::string& argv0) {
  if (options.no_gazetteer) return std::nullopt;
  if (!options.gazetteer_file.empty()) return gazetteer::Gazetteer::open(options.gazetteer_file);
  const std::string found = default_gazetteer_file(argv0);
  if (found.empty()) {
    std::cerr << "kgbuild: warning: no division list (run scripts/fetch-divisions.sh, or give --gazetteer FILE); "
                 "places are recognised by patterns only, without codes or official hierarchy\n";
    return std::nullopt;
  }
  return gazetteer::Gazetteer::open(found);
}

extract::Gazetteering gazetteering(const std::optional<gazetteer::Gazetteer>& divisions,
                                   const ExtractOptions& options) {
  extract::Gazetteering g;
  g.divisions = divisions ? &*divisions : nullptr;
  g.hierarchy = options.hierarchy == "all"    ? extract::HierarchyEdges::all
                : options.hierarchy == "none" ? extract::HierarchyEdges::none
                                              : extract::HierarchyEdges::named;
  return g;
}

std::optional<words::Dictionary> open_words(const ExtractOptions& options, const std::string& argv0) {
  if (options.no_words) return std::nullopt;
  if (!options.words_file.empty()) return words::Dictionary::open(options.words_file);
  const std::string found = default_words_file(argv0);
  if (found.empty()) {
    std::cerr << "kgbuild: warning: no word dictionary (run scripts/fetch-words.sh, or give --words FILE); "
                 "names are decided on characters only, without words and parts of speech\n";
    return std::nullopt;
  }
  return words::Dictionary::open(found);
}

ExtractionResources::ExtractionResources(const ExtractOptions& options, const std::string& argv0)
    : rules_(rules::load_rule_dir(options.rules_dir.empty() ? default_rules_dir(argv0) : options.rules_dir)),
      divisions_(open_divisions(options, argv0)),
      dictionary_(open_words(options, argv0)),
      extractor_(rules_, gazetteering(divisions_, options), dictionary_ ? &*dictionary_ : nullptr) {}

}  // namespace kg::cli
