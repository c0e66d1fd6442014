#include "explain_command.h"

#include <filesystem>
#include <iostream>

#include "kg/document/corpus.h"
#include "kg/document/document.h"
#include "kg/export/graphml.h"
#include "kg/extract/pipeline.h"
#include "resources.h"
#include "rules_location.h"

namespace kg::cli {

namespace {

void print_sentence(const extract::Extraction& x, std::size_t index, std::ostream& out) {
  const auto& s = x.sentences[index];
  out << "[" << index + 1 << "] " << x.text.bytes.substr(s.span.begin, s.span.size()) << "\n";
  for (const auto& m : x.mentions)
    if (m.sentence == index)
      out << "    " << m.type << (m.level.empty() ? "" : "/" + m.level) << "  " << m.label
          << (m.surface != m.label ? "  (" + m.surface + ")" : "") << "  <- " << m.rule << "\n";
  for (const auto& r : x.relations)
    if (r.sentence == index) {
      out << "    => " << r.source.label << " -" << r.relation << "-> " << r.target.label;
      if (r.amount_yuan)
        out << "  amount_yuan=" << exports::format_number(*r.amount_yuan) << (r.approximate ? " (approximate)" : "");
      if (r.year) out << "  year=" << *r.year;
      out << "  <- " << r.rule;
      if (!r.anchor.empty()) out << " [" << r.anchor << "] " << r.roles_from;
      out << "\n";
    }
  if (index < x.traces.size())
    for (const auto& t : x.traces[index]) out << "    ?  " << t << "\n";
}

// Which places the division list linked, which it added above them, and which it could not
// link and why.
void print_places(const extract::Extraction& x, std::ostream& out) {
  out << "places and official divisions:\n";
  for (const auto& p : x.places) {
    out << "    " << p.label;
    if (p.division)
      out << "  " << p.code << " " << p.level << (p.official_name != p.label ? " (" + p.official_name + ")" : "")
          << (p.named ? "" : "  [not named in the text; above a named place]");
    else
      out << "  not linked: " << p.why_unlinked;
    out << "\n";
  }
  for (const auto& r : x.relations)
    if (r.origin == extract::Origin::gazetteer)
      out << "    => " << r.source.label << " -" << r.relation << "-> " << r.target.label
          << "  <- official hierarchy\n";
}

}  // namespace

int run_explain(const ExtractOptions& options, const std::string& argv0) {
  const ExtractionResources resources(options, argv0);
  const extract::Extractor& extractor = resources.extractor();
  // Text files whole and JSON Lines corpora record by record, as extract reads them.
  document::CorpusReader corpus(document::expand_inputs(options.inputs), json_options(options), read_options(options));
  while (auto doc = corpus.next()) {
    // A record of a corpus is named by its id after the corpus's path.
    const bool record = std::filesystem::path(doc->source).stem().string() != doc->id && doc->source != "-";
    std::cout << "== " << doc->source << (record ? " " + doc->id : "") << "\n";
    const extract::Extraction x = extractor.run(std::move(*doc), {.trace = true});
    for (std::size_t i = 0; i < x.sentences.size(); ++i) print_sentence(x, i, std::cout);
    if (resources.has_divisions()) print_places(x, std::cout);
  }
  return 0;
}

}  // namespace kg::cli
