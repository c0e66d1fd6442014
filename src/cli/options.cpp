#include "options.h"

#include <algorithm>
#include <functional>

namespace kg::cli {

std::string usage() {
  return "usage: kgbuild extract INPUT... -o OUT [-o OUT2 ...] [--rules DIR] [DIVISION OPTIONS]\n"
         "       kgbuild merge PART.kgf... -o OUT [-o OUT2 ...] [-j N] [FILTERS]\n"
         "       kgbuild explain INPUT... [--rules DIR] [DIVISION OPTIONS]\n"
         "       kgbuild eval --gold DIR INPUT... [--misses] [--rules DIR] [DIVISION OPTIONS]\n"
         "       kgbuild rules check|test [--rules DIR] [--words FILE | --no-words]\n"
         "       kgbuild gazetteer build CSV_DIR -o FILE | lookup NAME... [--gazetteer FILE]\n"
         "       kgbuild words build WORD_LIST -o FILE [--source TEXT] | segment TEXT... [--words FILE]\n"
         "       kgbuild --help | --version\n"
         "\n"
         "Reads Chinese local-government news (UTF-8 text) and writes one knowledge graph of the\n"
         "organisations, places and programs it names and the relations between them.\n"
         "\n"
         "  INPUT          a .txt file, a web page (.html), a .jsonl corpus (one JSON record per\n"
         "                 line), a directory (searched for *.txt, *.html, *.htm and *.jsonl),\n"
         "                 or - for standard input;\n"
         "                 several inputs are merged into one graph\n"
         "  -o, --output   output file; the format follows the extension:\n"
         "                 .graphml (Gephi, NetworkX, igraph), .gexf (Gephi), .dot (Graphviz),\n"
         "                 .svg, .png, .pdf, .html (a web page to explore the graph in),\n"
         "                 .ftm.json (FollowTheMoney, for Aleph); a .jsonl output lists\n"
         "                 every mention and relation mention with its document and byte\n"
         "                 offsets; a .kgf output is a partial graph, the facts of these\n"
         "                 inputs for a later merge\n"
         "  -j, --jobs N   threads extracting documents (default: one per core); every\n"
         "                 output is the same whatever N\n"
         "  --fields F,F   JSON Lines: the text fields, joined in order (default title,content)\n"
         "  --id-field F   JSON Lines: the document id field (default id; else FILE:LINE)\n"
         "  --date-field F JSON Lines: the publication date field (default publish_time); its\n"
         "                 year is the one 今年, 去年 and 明年 in the text refer to\n"
         "  --stdin-jsonl  standard input (-) is a JSON Lines corpus, not one article\n"
         "  --encoding E   text files not in UTF-8: an ICU converter name (GB18030, Big5,\n"
         "                 UTF-16) or auto, which says what it chose; offsets stay those of\n"
         "                 the file as given\n"
         "  --format F     auto (default: .html and .htm files as web pages, others as text),\n"
         "                 text, or html: every input, and the JSON Lines fields, hold web\n"
         "                 pages, read for the text a reader sees\n"
         "  --rules DIR    rule directory (default: the rules shipped with kgbuild)\n"
         "\n"
         "Filters (for legible diagrams; applied to the merged graph):\n"
         "  --types T,T          keep nodes of these types (organisation, place, program)\n"
         "  --relations R,R      keep edges of these relations\n"
         "  --min-mentions N     drop nodes mentioned fewer than N times\n"
         "  --ego NAME [--depth D]  keep NAME (a label or node id) and what lies within D steps (1)\n"
         "  --k-core K           keep nodes with at least K neighbours among those kept\n"
         "  --top N              keep the N nodes of highest degree\n"
         "  --view orgs          organisations and programs joined by funds, serves, organises,\n"
         "                       establishes, issues and cooperates_with: the top N (60) by\n"
         "                       mentions of those edges, each inside the place it is located in\n"
         "  --view money         the top N (60) payers and recipients by amount, one edge per\n"
         "                       pair summing its amounts, with the years\n"
         "\n"
         "Division options (places linked to China's official administrative divisions):\n"
         "  --gazetteer FILE     compiled division list (default: $KGBUILD_GAZETTEER, else the\n"
         "                       one scripts/fetch-divisions.sh writes to out/gazetteer/)\n"
         "  --no-gazetteer       recognise places by the rules' patterns only\n"
         "  --hierarchy WHICH    located_in edges the list adds above linked places:\n"
         "                       named (between the places the text names, each to the\n"
         "                       nearest named one above; default), filled (the same with\n"
         "                       the divisions between), all (up to the province) or none\n"
         "\n"
         "Word options (names decided on words and parts of speech):\n"
         "  --words FILE         compiled word dictionary (default: $KGBUILD_WORDS, else the one\n"
         "                       scripts/fetch-words.sh writes to out/words/)\n"
         "  --no-words           decide names on characters only\n"
         "\n"
         "explain prints every sentence with its mentions, the relations found and the rules\n"
         "each cue was offered to, with why a rule did not fire; a JSON Lines corpus record by\n"
         "record.\n"
         "eval measures each document that has gold (DIR/NAME.json for NAME.txt) and prints\n"
         "precision, recall and F1 per type and relation, and each rule's true and false hits;\n"
         "--misses lists every miss and false hit, false edges with their sentence.\n"
         "merge builds one graph from partial graphs written by extract on any machines: the same\n"
         "graph, byte for byte, as one extract over all their inputs, in any order or grouping.\n"
         "rules check lints the rule set; rules test runs the examples every rule carries (those\n"
         "of whole-word lists with the word dictionary, skipped without one).\n"
         "\n"
         "Exit status: 0 ok, 1 bad input or rules, 2 wrong usage.\n";
}

namespace {

const std::vector<std::string> kRelations = {"funds",       "serves",          "organises",       "issues",
                                             "establishes", "participates_in", "cooperates_with", "supervises",
                                             "visits",      "part_of",         "located_in"};

std::vector<std::string> split_list(const std::string& option, const std::string& value) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= value.size()) {
    const std::size_t comma = value.find(',', start);
    const std::string item = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (item.empty()) throw UsageError(option + " takes a comma-separated list, not '" + value + "'");
    out.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::size_t count_value(const std::string& option, const std::string& value) {
  std::size_t used = 0;
  unsigned long n = 0;
  try {
    n = std::stoul(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != value.size() || value.empty() || value[0] == '-')
    throw UsageError(option + " takes a whole number, not '" + value + "'");
  return n;
}

std::size_t jobs_value(const std::string& option, const std::string& value) {
  const std::size_t n = count_value(option, value);
  if (n == 0) throw UsageError(option + " takes a number of threads of at least 1");
  return n;
}

// Filter options; true when `a` was one.
bool parse_filter(const std::string& a, const std::function<const std::string&()>& value, graph::GraphFilter& f) {
  if (a == "--types") {
    f.types = split_list(a, value());
  } else if (a == "--relations") {
    f.relations = split_list(a, value());
    for (const auto& r : f.relations)
      if (std::find(kRelations.begin(), kRelations.end(), r) == kRelations.end())
        throw UsageError("unknown relation '" + r + "' for --relations");
  } else if (a == "--min-mentions") {
    f.min_mentions = count_value(a, value());
  } else if (a == "--k-core") {
    f.k_core = count_value(a, value());
  } else if (a == "--top") {
    f.top = count_value(a, value());
  } else if (a == "--ego") {
    f.ego = value();
  } else if (a == "--view") {
    f.view = value();
    if (f.view != "orgs" && f.view != "money") throw UsageError("--view takes orgs or money, not '" + f.view + "'");
  } else if (a == "--depth") {
    f.depth = count_value(a, value());
  } else {
    return false;
  }
  return true;
}

ExtractOptions parse(const std::vector<std::string>& args) {
  ExtractOptions o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw UsageError("option " + a + " needs a value");
      return args[++i];
    };
    if (a == "-o" || a == "--output")
      o.outputs.push_back(value());
    else if (a.rfind("--output=", 0) == 0)
      o.outputs.push_back(a.substr(9));
    else if (a == "--rules")
      o.rules_dir = value();
    else if (a.rfind("--rules=", 0) == 0)
      o.rules_dir = a.substr(8);
    else if (parse_filter(a, value, o.filter))
      continue;
    else if (a == "--fields")
      o.fields = split_list(a, value());
    else if (a == "--id-field")
      o.id_field = value();
    else if (a == "--date-field")
      o.date_field = value();
    else if (a == "--encoding")
      o.encoding = value();
    else if (a == "--format") {
      o.format = value();
      if (o.format != "auto" && o.format != "text" && o.format != "html")
        throw UsageError("--format takes auto, text or html, not '" + o.format + "'");
    }
    else if (a == "--stdin-jsonl")
      o.stdin_jsonl = true;
    else if (a == "-j" || a == "--jobs")
      o.jobs = jobs_value(a, value());
    else if (a.rfind("-j", 0) == 0 && a.size() > 2 && a[2] != '-')
      o.jobs = jobs_value("-j", a.substr(2));
    else if (a == "--gazetteer")
      o.gazetteer_file = value();
    else if (a == "--no-gazetteer")
      o.no_gazetteer = true;
    else if (a == "--gold")
      o.gold_dir = value();
    else if (a == "--misses")
      o.misses = true;
    else if (a == "--words")
      o.words_file = value();
    else if (a == "--no-words")
      o.no_words = true;
    else if (a == "--hierarchy" || a.rfind("--hierarchy=", 0) == 0) {
      o.hierarchy = a == "--hierarchy" ? value() : a.substr(12);
      if (o.hierarchy != "named" && o.hierarchy != "filled" && o.hierarchy != "all" && o.hierarchy != "none")
        throw UsageError("--hierarchy takes named, filled, all or none, not '" + o.hierarchy + "'");
    } else if (a.size() > 1 && a[0] == '-')
      throw UsageError("unknown option '" + a + "'");
    else
      o.inputs.push_back(a);
  }
  return o;
}

}  // namespace

ExtractOptions parse_extract(const std::vector<std::string>& args) {
  ExtractOptions o = parse(args);
  if (o.inputs.empty()) throw UsageError("extract needs at least one INPUT");
  if (o.outputs.empty()) throw UsageError("extract needs an output: -o OUT.graphml");
  return o;
}

ExtractOptions parse_explain(const std::vector<std::string>& args) {
  ExtractOptions o = parse(args);
  if (o.inputs.empty()) throw UsageError("explain needs at least one INPUT");
  if (!o.outputs.empty()) throw UsageError("explain prints to standard output; it takes no -o");
  return o;
}

ExtractOptions parse_eval(const std::vector<std::string>& args) {
  ExtractOptions o = parse(args);
  if (o.gold_dir.empty()) throw UsageError("eval needs the gold annotations: --gold DIR");
  if (o.inputs.empty()) throw UsageError("eval needs at least one INPUT");
  if (!o.outputs.empty()) throw UsageError("eval prints to standard output; it takes no -o");
  return o;
}

ExtractOptions parse_merge(const std::vector<std::string>& args) {
  ExtractOptions o = parse(args);
  if (o.inputs.empty()) throw UsageError("merge needs at least one partial graph: PART.kgf");
  if (o.outputs.empty()) throw UsageError("merge needs an output: -o OUT.graphml");
  const ExtractOptions plain;
  if (!o.rules_dir.empty() || !o.gazetteer_file.empty() || o.no_gazetteer || !o.words_file.empty() || o.no_words ||
      o.hierarchy != plain.hierarchy || o.fields != plain.fields || o.id_field != plain.id_field ||
      o.date_field != plain.date_field || !o.encoding.empty() || o.format != plain.format || o.stdin_jsonl || !o.gold_dir.empty() || o.misses)
    throw UsageError("merge takes partial graphs, outputs and filters only: extraction options belong to extract");
  return o;
}

BuildArgs parse_build(const std::vector<std::string>& args, const std::string& usage, std::string default_source) {
  BuildArgs b{"", "", std::move(default_source)};
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw UsageError("option " + a + " needs a value");
      return args[++i];
    };
    if (a == "-o" || a == "--output")
      b.output = value();
    else if (a == "--source")
      b.source = value();
    else if (a.size() > 1 && a[0] == '-')
      throw UsageError("unknown option '" + a + "'; " + usage);
    else if (b.input.empty())
      b.input = a;
    else
      throw UsageError("one input only; " + usage);
  }
  if (b.input.empty() || b.output.empty()) throw UsageError(usage);
  return b;
}

}  // namespace kg::cli
