#include "resources.h"

#include <iostream>

#include "rules_location.h"

namespace kg::cli {

namespace {

// A compiled data file: switched off, named by the user, found where set-up writes it, or
// missing, which is said once and not an error.
template <class Data, class Find>
std::optional<Data> open_data(bool off, const std::string& given, const Find& find_default, const char* missing) {
  if (off) return std::nullopt;
  if (!given.empty()) return Data::open(given);
  const std::string found = find_default();
  if (found.empty()) {
    std::cerr << "kgbuild: warning: " << missing << "\n";
    return std::nullopt;
  }
  return Data::open(found);
}

}  // namespace

std::optional<gazetteer::Gazetteer> open_divisions(const ExtractOptions& options, const std::string& argv0) {
  return open_data<gazetteer::Gazetteer>(
      options.no_gazetteer, options.gazetteer_file, [&] { return default_gazetteer_file(argv0); },
      "no division list (run scripts/fetch-divisions.sh, or give --gazetteer FILE); "
      "places are recognised by patterns only, without codes or official hierarchy");
}

extract::Gazetteering gazetteering(const std::optional<gazetteer::Gazetteer>& divisions,
                                   const ExtractOptions& options) {
  extract::Gazetteering g;
  g.divisions = divisions ? &*divisions : nullptr;
  g.hierarchy = options.hierarchy == "all"      ? extract::HierarchyEdges::all
                : options.hierarchy == "filled" ? extract::HierarchyEdges::filled
                : options.hierarchy == "none"   ? extract::HierarchyEdges::none
                                                : extract::HierarchyEdges::named;
  return g;
}

document::ReadOptions read_options(const ExtractOptions& options) {
  const auto markup = options.format == "html"   ? document::Markup::html
                      : options.format == "text" ? document::Markup::text
                                                 : document::Markup::by_extension;
  return {options.encoding, markup};
}

document::JsonLinesOptions json_options(const ExtractOptions& options) {
  return {options.fields, options.id_field, options.date_field, options.stdin_jsonl, options.format == "html"};
}

std::optional<words::Dictionary> open_words(const ExtractOptions& options, const std::string& argv0) {
  return open_data<words::Dictionary>(
      options.no_words, options.words_file, [&] { return default_words_file(argv0); },
      "no word dictionary (run scripts/fetch-words.sh, or give --words FILE); "
      "names are decided on characters only, without words and parts of speech");
}

ExtractionResources::ExtractionResources(const ExtractOptions& options, const std::string& argv0)
    : rules_(rules::load_rule_dir(options.rules_dir.empty() ? default_rules_dir(argv0) : options.rules_dir)),
      divisions_(open_divisions(options, argv0)),
      dictionary_(open_words(options, argv0)),
      extractor_(rules_, gazetteering(divisions_, options), dictionary_ ? &*dictionary_ : nullptr) {}

}  // namespace kg::cli
