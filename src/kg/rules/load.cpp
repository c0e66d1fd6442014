// Loading rules/*.xml into a RuleSet: one function per element, each checking what it reads.
#include <unicode/regex.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "kg/rules/required_text.h"
#include "kg/rules/rule_set.h"
#include "kg/rules/xml_file.h"

namespace kg::rules {

namespace {

using Node = rapidxml::xml_node<>;

const std::set<std::string> kRelations = {"funds",       "serves",          "organises",       "issues",
                                          "establishes", "participates_in", "cooperates_with", "supervises",
                                          "visits",      "part_of",         "located_in"};
const std::set<std::string> kLevels = {"",     "province", "city",      "county", "township", "subdistrict",
                                       "town", "village",  "community", "other"};

std::vector<std::string> split_words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string trimmed_value(const Node* node) {
  std::string s(node->value(), node->value_size());
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::size_t number(const XmlFile& xml, const Node* node, const char* name, std::size_t fallback) {
  const std::string v = xml.attribute(node, name);
  if (v.empty()) return fallback;
  if (v.find_first_not_of("0123456789") != std::string::npos || v.size() > 6)
    xml.fail(node, std::string("attribute '") + name + "' must be a small whole number, not '" + v + "'");
  return std::stoul(v);
}

bool flag(const XmlFile& xml, const Node* node, const char* name, bool fallback) {
  const std::string v = xml.attribute(node, name);
  if (v.empty()) return fallback;
  if (v != "true" && v != "false") xml.fail(node, std::string("attribute '") + name + "' must be true or false");
  return v == "true";
}

std::string level(const XmlFile& xml, const Node* node) {
  std::string v = xml.attribute(node, "level");
  if (!kLevels.count(v)) xml.fail(node, "unknown level '" + v + "'");
  return v;
}

class FileLoader {
 public:
  FileLoader(const XmlFile& xml, RuleSet& rules) : xml_(xml), rules_(rules) {}

  void load() {
    const Node* root = xml_.root();
    if (std::string(root->name()) != "rules") xml_.fail(root, "root element must be <rules>");
    for (const Node* n = root->first_node(); n; n = n->next_sibling()) {
      const std::string name = n->name();
      if (name == "macro")
        macro(n);
      else if (name == "lexicon")
        lexicon(n);
      else if (name == "suffix")
        suffix(n);
      else if (name == "words")
        words(n);
      else if (name == "pattern")
        pattern(n);
      else if (name == "amount")
        amount(n);
      else if (name == "unit")
        unit(n);
      else if (name == "relation")
        relation(n);
      else if (name == "structure")
        structure(n);
      else if (name == "alias")
        alias(n);
      else if (name == "scope")
        scope(n);
      else
        xml_.fail(n, "unknown element <" + name + ">");
    }
  }

 private:
  Location where(const Node* n) const { return {xml_.path(), xml_.line_of(n)}; }

  void example(const Node* n, const std::string& rule, const std::string& kind, const std::string& relation = "") {
    Example e{rule, kind, relation, trimmed_value(n), xml_.attribute(n, "yields"), xml_.attribute(n, "not"), where(n)};
    if (e.sentence.empty()) xml_.fail(n, "empty <example>");
    if (kind != "relation" && e.yields.empty() && e.not_yields.empty())
      xml_.fail(n, "<example> needs yields=\"…\" or not=\"…\"");
    e.needs_words = flag(xml_, n, "words", false);
    rules_.examples.push_back(std::move(e));
  }

  // The <example> children of a rule element; any other child element is an error.
  void examples_of(const Node* n, const std::string& rule, const std::string& kind) {
    for (const Node* c = n->first_node(); c; c = c->next_sibling()) {
      if (c->type() != rapidxml::node_element) continue;  // the rule's own text
      if (std::string(c->name()) != "example")
        xml_.fail(c, "unknown element <" + std::string(c->name()) + "> in <" + n->name() + ">");
      example(c, rule, kind);
    }
  }

  void macro(const Node* n) { macros_[xml_.required(n, "name")] = trimmed_value(n); }

  // Macros may use macros; one that comes back to itself (directly or through others) would grow
  // the regex without end, so expansion stops with an error after kMostExpansions.
  std::string expand_macros(const Node* n, std::string regex) const {
    constexpr std::size_t kMostExpansions = 1000;
    std::size_t expansions = 0;
    // After a replacement the scan resumes where the macro stood: what it expanded to may itself
    // begin with a macro.
    for (std::size_t open = regex.find('{'); open != std::string::npos; open = regex.find('{', open)) {
      const std::size_t close = regex.find('}', open);
      if (close == std::string::npos) break;
      const std::string name = regex.substr(open + 1, close - open - 1);
      // Macro names are upper case ({PROGRAM_WORD}); anything else is regex syntax ({2,4}, \p{Han}).
      const bool is_macro_name = !name.empty() && std::all_of(name.begin(), name.end(), [](char ch) {
        return (ch >= 'A' && ch <= 'Z') || ch == '_' || (ch >= '0' && ch <= '9');
      }) && name[0] >= 'A' && name[0] <= 'Z';
      if (!is_macro_name) {
        ++open;
        continue;
      }
      const auto it = macros_.find(name);
      if (it == macros_.end()) xml_.fail(n, "unknown macro {" + name + "}");
      if (++expansions > kMostExpansions)
        xml_.fail(n, "macro {" + name + "} expands without end (a macro that uses itself?)");
      regex.replace(open, close - open + 1, it->second);
    }
    return regex;
  }

  std::shared_ptr<const icu::RegexPattern> compile(const Node* n, const std::string& regex) const {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse{};
    std::shared_ptr<const icu::RegexPattern> p(
        icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), 0, parse, status));
    if (U_FAILURE(status))
      xml_.fail(n, "regex does not compile (" + std::string(u_errorName(status)) + " at offset " +
                       std::to_string(parse.offset) + "): " + regex);
    return p;
  }

  std::string scope_level_of(const Node* n) {
    std::string scope_level = xml_.attribute(n, "scope-level");
    if (!scope_level.empty() && scope_level != "province" && scope_level != "city" && scope_level != "county")
      xml_.fail(n, "scope-level must be province, city or county");
    return scope_level;
  }

  // common-names="named" (the default) or "framed": see Suffix::common_framed.
  bool common_names(const Node* n) {
    const std::string value = xml_.attribute(n, "common-names", "named");
    if (value != "named" && value != "framed") xml_.fail(n, "common-names must be named or framed");
    return value == "framed";
  }

  void lexicon(const Node* n) {
    // What every entry of the element shares; each adds its forms, its canonical label and its line.
    LexiconEntry shared;
    shared.id = xml_.required(n, "id");
    shared.type = xml_.required(n, "type");
    shared.level = level(xml_, n);
    const std::string role = xml_.attribute(n, "role", "name");
    if (role != "name" && role != "head") xml_.fail(n, "role must be name or head");
    shared.standalone = role == "name";
    shared.prefix_ends = split_words(xml_.attribute(n, "prefix-ends"));
    shared.scope_level = scope_level_of(n);
    if (!shared.scope_level.empty() && shared.standalone) xml_.fail(n, "scope-level applies to heads only");
    shared.acts = flag(xml_, n, "acts", true);
    for (const Node* e = n->first_node(); e; e = e->next_sibling()) {
      if (std::string(e->name()) == "example") {
        example(e, shared.id, "entity");
        continue;
      }
      if (std::string(e->name()) != "entry") xml_.fail(e, "<lexicon> holds only <entry> and <example> elements");
      rules_.lexicon.push_back(lexicon_entry(e, shared));
    }
  }

  LexiconEntry lexicon_entry(const Node* e, const LexiconEntry& shared) {
    LexiconEntry entry = shared;
    entry.canonical = xml_.attribute(e, "canonical");
    entry.forms = split_words(trimmed_value(e));
    entry.where = where(e);
    if (entry.forms.empty()) xml_.fail(e, "empty <entry>");
    entry.id = shared.id + "/" + entry.forms.front();
    return entry;
  }

  // One element may list several suffixes that share their attributes (and their id).
  void suffix(const Node* n) {
    Suffix s{xml_.required(n, "id"),
             xml_.required(n, "type"),
             level(xml_, n),
             "",
             number(xml_, n, "min", 1),
             number(xml_, n, "max", 6),
             flag(xml_, n, "stop-at-same-type", true),
             where(n),
             false,
             {}};
    const std::vector<std::string> words = split_words(trimmed_value(n));
    if (words.empty()) xml_.fail(n, "empty <suffix>");
    if (s.min_name > s.max_name) xml_.fail(n, "min is larger than max");
    s.min_words = number(xml_, n, "min-words", 2);
    s.shared = flag(xml_, n, "shared", false);
    s.needs_place = flag(xml_, n, "needs-place", false);
    s.needs_founding = flag(xml_, n, "needs-founding", false);
    s.followed_by = split_words(xml_.attribute(n, "followed-by"));
    s.trade_name = flag(xml_, n, "trade-name", false);
    s.placed = flag(xml_, n, "placed", true);
    // A program word after a place alone names no program (西坝镇工程) unless the rule says so.
    s.place_alone = flag(xml_, n, "place-alone", s.type != kProgram);
    s.word_alone = flag(xml_, n, "word-alone", true);
    s.editions = flag(xml_, n, "editions", s.type != kProgram);
    s.names_clause = flag(xml_, n, "names-clause", false);
    s.common_framed = common_names(n);
    s.scope_level = scope_level_of(n);
    for (const auto& w : words) {
      s.text = w;
      rules_.suffixes.push_back(s);
    }
    examples_of(n, s.id, "entity");
  }

  void words(const Node* n) {
    WordList w{xml_.required(n, "id"), xml_.required(n, "kind"), split_words(xml_.attribute(n, "types")),
               split_words(trimmed_value(n)), where(n)};
    static const std::set<std::string> kKinds = {
        "boundary", "generic",         "compound",       "opener",    "classifier", "lead-in",  "adverbial", "section",
        "noun",     "descriptor",      "tally",          "aspect",    "founding",   "negation", "variant",   "party",
        "national", "unnamed-subject", "back-reference", "non-agent", "mission",    "category", "qualifier", "purpose",
        "span",     "for-whom",        "title",          "honour"};
    if (!kKinds.count(w.kind))
      xml_.fail(
          n,
          "kind must be boundary, generic, compound, opener, classifier, lead-in, adverbial, section, noun, "
          "descriptor, tally, aspect, founding, negation, variant, party, national, unnamed-subject, back-reference, "
          "non-agent, mission, category, qualifier, purpose, span, for-whom, title or honour");
    w.whole_word = flag(xml_, n, "whole-word", false);
    if (w.whole_word && w.kind != "boundary") xml_.fail(n, "whole-word applies to boundary words only");
    w.after_ordinal = flag(xml_, n, "after-ordinal", false);
    if (w.after_ordinal && w.kind != "classifier") xml_.fail(n, "after-ordinal applies to classifiers only");
    w.after_place = flag(xml_, n, "after-place", false);
    if (w.after_place && w.kind != "descriptor") xml_.fail(n, "after-place applies to descriptors only");
    w.opening_only = flag(xml_, n, "opening-only", false);
    w.before = flag(xml_, n, "before", false);
    if (w.before && w.kind != "tally") xml_.fail(n, "before applies to tally words only");
    if (w.opening_only && !w.whole_word) xml_.fail(n, "opening-only applies to whole-word boundary words only");
    w.heads = split_words(xml_.attribute(n, "heads"));
    if (w.kind == "mission" && w.heads.empty()) xml_.fail(n, "mission words need heads=\"指挥部 工作队 …\"");
    if (w.kind != "mission" && !w.heads.empty()) xml_.fail(n, "heads applies to mission words only");
    w.except_heads = split_words(xml_.attribute(n, "except-heads"));
    if (w.kind != "category" && !w.except_heads.empty()) xml_.fail(n, "except-heads applies to category words only");
    // Lead-in and adverbial words decide who acts, so their examples state relations.
    const bool about_actors = w.kind == "lead-in" || w.kind == "adverbial" || w.kind == "purpose" || w.kind == "span" ||
                              w.kind == "section" || w.kind == "negation" || w.kind == "unnamed-subject" ||
                              w.kind == "back-reference" || w.kind == "non-agent" || w.kind == "for-whom";
    const std::size_t first_example = rules_.examples.size();
    examples_of(n, w.id, about_actors ? "relation" : "entity");
    for (std::size_t i = first_example; i < rules_.examples.size(); ++i) rules_.examples[i].needs_words |= w.whole_word;
    rules_.word_lists.push_back(std::move(w));
  }

  void pattern(const Node* n) {
    EntityPattern p{xml_.required(n, "id"),
                    xml_.required(n, "type"),
                    level(xml_, n),
                    expand_macros(n, trimmed_value(n)),
                    flag(xml_, n, "trim", false),
                    number(xml_, n, "min", 2),
                    xml_.attribute(n, "label"),
                    number(xml_, n, "plain-word", 0),
                    flag(xml_, n, "holds-name", false),
                    nullptr,
                    where(n),
                    {}};
    p.compiled = compile(n, p.regex);
    p.required = required_text(p.regex);
    check_label_groups(n, p);
    examples_of(n, p.id, "entity");
    rules_.entity_patterns.push_back(std::move(p));
  }

  // Every {group} of a label template must be a named group of the regex.
  void check_label_groups(const Node* n, const EntityPattern& p) const {
    for (std::size_t open = p.label.find('{'); open != std::string::npos; open = p.label.find('{', open + 1)) {
      const std::size_t close = p.label.find('}', open);
      if (close == std::string::npos) xml_.fail(n, "label template has an unclosed {");
      const std::string group = p.label.substr(open + 1, close - open - 1);
      UErrorCode status = U_ZERO_ERROR;
      p.compiled->groupNumberFromName(icu::UnicodeString::fromUTF8(group), status);
      if (U_FAILURE(status)) xml_.fail(n, "label template names no group of the regex: {" + group + "}");
    }
  }

  void amount(const Node* n) {
    AmountPattern a{xml_.required(n, "id"), expand_macros(n, trimmed_value(n)), nullptr, where(n), {}};
    a.compiled = compile(n, a.regex);
    a.required = required_text(a.regex);
    UErrorCode status = U_ZERO_ERROR;
    for (const char* group : {"number", "unit"}) {
      a.compiled->groupNumberFromName(icu::UnicodeString::fromUTF8(group), status);
      if (U_FAILURE(status)) xml_.fail(n, std::string("amount pattern needs a named group '") + group + "'");
    }
    examples_of(n, a.id, "amount");
    rules_.amount_patterns.push_back(std::move(a));
  }

  void unit(const Node* n) {
    const std::string factor = xml_.required(n, "factor");
    char* end = nullptr;
    const double f = std::strtod(factor.c_str(), &end);
    if (end == factor.c_str() || *end != '\0' || !(f > 0)) xml_.fail(n, "factor must be a positive number");
    rules_.money_units.push_back({xml_.required(n, "text"), f});
  }

  Slot slot(const Node* n) const {
    Slot s;
    const std::string role = xml_.required(n, "role");
    const auto known = std::find(std::begin(kRoleNames), std::end(kRoleNames), role);
    if (known == std::end(kRoleNames)) xml_.fail(n, "unknown slot role '" + role + "' (source, target or members)");
    s.role = static_cast<Role>(known - std::begin(kRoleNames));
    const std::string side = xml_.required(n, "side");
    if (side != "left" && side != "right") xml_.fail(n, "side must be left or right");
    s.side = side == "left" ? Side::left : Side::right;
    s.types = split_words(xml_.required(n, "types"));
    s.max_gap = number(xml_, n, "gap", 10);
    s.enumerate = flag(xml_, n, "enumerate", false);
    s.innermost = flag(xml_, n, "innermost", false);
    s.from = origins(n);
    // Word lists may name a macro ({NOT_WHO}) that several slots share.
    s.after = split_words(expand_macros(n, xml_.attribute(n, "after")));
    s.not_after = split_words(expand_macros(n, xml_.attribute(n, "not-after")));
    s.not_before = split_words(expand_macros(n, xml_.attribute(n, "not-before")));
    s.before = split_words(expand_macros(n, xml_.attribute(n, "before")));
    s.agent_before = split_words(expand_macros(n, xml_.attribute(n, "agent-before")));
    s.received_by = split_words(expand_macros(n, xml_.attribute(n, "received-by")));
    s.stop = split_words(expand_macros(n, xml_.attribute(n, "stop")));
    s.stop_types = split_words(xml_.attribute(n, "stop-types"));
    s.levels = split_words(xml_.attribute(n, "levels"));
    s.crosses_comma = flag(xml_, n, "crosses-comma", true);
    s.previous_heads = split_words(xml_.attribute(n, "previous"));
    s.group_total = flag(xml_, n, "group-total", false);
    s.echo_nouns = split_words(xml_.attribute(n, "echo"));
    if (!s.previous_heads.empty()) s.from.push_back(ActorOrigin::previous);
    s.from_only = flag(xml_, n, "from-only", false);
    if (s.from_only && s.from.empty()) xml_.fail(n, "from-only needs from=\"…\"");
    if (!s.from.empty() && s.role == Role::members)
      xml_.fail(n, "the members of a list cannot be filled from elsewhere");
    return s;
  }

  // from="sentence paragraph headline"; carry="true", the older spelling, is the first two.
  std::vector<ActorOrigin> origins(const Node* n) const {
    std::vector<ActorOrigin> out;
    if (flag(xml_, n, "carry", false)) out = {ActorOrigin::sentence, ActorOrigin::paragraph};
    for (const auto& word : split_words(xml_.attribute(n, "from"))) {
      if (word == "sentence") out.push_back(ActorOrigin::sentence);
      else if (word == "paragraph") out.push_back(ActorOrigin::paragraph);
      else if (word == "headline") out.push_back(ActorOrigin::headline);
      else if (word == "topic")
        out.push_back(ActorOrigin::topic);
      else if (word == "parent")
        out.push_back(ActorOrigin::parent);
      else
        xml_.fail(n, "unknown origin '" + word + "' in from (sentence, paragraph, topic, headline or parent)");
    }
    return out;
  }

  void relation(const Node* n) {
    RelationRule r;
    r.id = xml_.required(n, "id");
    r.relation = xml_.required(n, "relation");
    if (!kRelations.count(r.relation)) xml_.fail(n, "unknown relation '" + r.relation + "'");
    const std::string priority = xml_.attribute(n, "priority", "0");
    r.priority = std::atoi(priority.c_str());
    r.exclusive = flag(xml_, n, "exclusive", true);
    r.own_place = flag(xml_, n, "own-place", true);
    r.where = where(n);
    for (const Node* c = n->first_node(); c; c = c->next_sibling()) {
      const std::string name = c->name();
      if (name == "cue") {
        const std::vector<std::string> not_after = split_words(expand_macros(c, xml_.attribute(c, "not-after")));
        const std::vector<std::string> not_before = split_words(expand_macros(c, xml_.attribute(c, "not-before")));
        const bool target_acts = flag(xml_, c, "target-acts", false);
        const bool inside_names = !flag(xml_, c, "ends-names", true);
        const bool ending_clause = flag(xml_, c, "ends-clause", false);
        for (auto& w : split_words(expand_macros(c, trimmed_value(c)))) {
          if (inside_names) r.cues_inside_names.insert(w);
          if (ending_clause) r.cues_ending_clause.insert(w);
          if (!not_after.empty()) r.cue_not_after[w] = not_after;
          if (!not_before.empty()) r.cue_not_before[w] = not_before;
          if (target_acts) r.cues_target_acts.insert(w);
          r.cues.push_back(w);
        }
      } else if (name == "slot") {
        r.slots.push_back(slot(c));
      } else if (name == "amount") {
        r.needs_amount = true;
        r.amount_gap = number(xml_, c, "gap", 8);
        const std::string side = xml_.attribute(c, "side", "right");
        if (side != "left" && side != "right") xml_.fail(c, "side must be left or right");
        r.amount_before = side == "left";
        r.noun_gap = number(xml_, c, "noun-gap", 0);
        r.money_nouns = split_words(xml_.attribute(c, "nouns"));
        if (r.noun_gap > 0 && r.money_nouns.empty()) xml_.fail(c, "noun-gap needs nouns=\"资金 经费 …\"");
      } else if (name == "unless") {
        for (auto& w : split_words(expand_macros(c, trimmed_value(c)))) r.unless.push_back(w);
      } else if (name == "unless-before") {
        for (auto& w : split_words(expand_macros(c, trimmed_value(c)))) r.unless_before.push_back(w);
      } else if (name == "unless-after") {
        for (auto& w : split_words(expand_macros(c, trimmed_value(c)))) r.unless_after.push_back(w);
      } else if (name == "attributive") {
        for (auto& w : split_words(trimmed_value(c))) r.attributive.push_back(w);
      } else if (name == "relative") {
        for (auto& w : split_words(trimmed_value(c))) r.relative.push_back(w);
      } else if (name == "example") {
        example(c, r.id, "relation", r.relation);
      } else {
        xml_.fail(c, "unknown element <" + name + "> in <relation>");
      }
    }
    if (r.cues.empty()) xml_.fail(n, "relation rule '" + r.id + "' has no <cue>");
    const auto count = [&](Role role) {
      return std::count_if(r.slots.begin(), r.slots.end(), [&](const Slot& s) { return s.role == role; });
    };
    if (!(count(Role::members) == 1 || (count(Role::source) == 1 && count(Role::target) == 1)))
      xml_.fail(n, "relation rule '" + r.id + "' needs one source and one target slot, or one members slot");
    // Left slots first, then right ones: each searches from the slot before it on its side.
    std::stable_sort(r.slots.begin(), r.slots.end(), [](const Slot& a, const Slot& b) { return a.side < b.side; });
    rules_.relations.push_back(std::move(r));
  }

  void alias(const Node* n) {
    AliasRule a{xml_.required(n, "id"), split_words(trimmed_value(n)), where(n)};
    if (a.joiners.empty()) xml_.fail(n, "<alias> needs the joining words as its text");
    examples_of(n, a.id, "entity");
    rules_.aliases.push_back(std::move(a));
  }

  void scope(const Node* n) {
    Scope s{xml_.required(n, "id"), level(xml_, n), split_words(trimmed_value(n)),
            split_words(xml_.attribute(n, "deictic")), where(n)};
    if (s.level.empty() || s.prefixes.empty()) xml_.fail(n, "<scope> needs a level and prefix characters");
    s.collectives = split_words(xml_.attribute(n, "collective"));
    s.bodies = flag(xml_, n, "bodies", true);
    s.deictics_after = split_words(xml_.attribute(n, "deictic-after"));
    examples_of(n, s.id, "entity");
    rules_.scopes.push_back(std::move(s));
  }

  void structure(const Node* n) {
    StructureRule s{xml_.required(n, "id"), xml_.required(n, "kind"), xml_.required(n, "relation"), where(n), false, {}};
    static const std::set<std::string> kKinds = {"place-chain",      "name-prefix",   "host-prefix",
                                                 "name-parent",      "issuer-title",  "owner-quote",
                                                 "headline-program", "title-opening", "owner-before"};
    if (!kKinds.count(s.kind))
      xml_.fail(n,
                "kind must be place-chain, name-prefix, host-prefix, name-parent, issuer-title, title-opening, "
                "owner-quote, owner-before or headline-program");
    if (!kRelations.count(s.relation)) xml_.fail(n, "unknown relation '" + s.relation + "'");
    s.fallback = flag(xml_, n, "fallback", false);
    for (auto& id : split_words(xml_.attribute(n, "found-by"))) s.found_by.insert(std::move(id));
    examples_of(n, s.id, "relation");
    rules_.structures.push_back(std::move(s));
  }

  const XmlFile& xml_;
  RuleSet& rules_;
  std::map<std::string, std::string> macros_;
};

}  // namespace

void load_rule_file(const std::string& path, RuleSet& into) {
  const XmlFile xml(path);
  FileLoader(xml, into).load();
  xml.check_all_read();
  into.files.push_back(path);
}

void check_rule_set(const RuleSet& rules) {
  std::map<std::string, Location> seen;
  const auto claim = [&](const std::string& id, const Location& where) {
    const auto [it, fresh] = seen.emplace(id, where);
    if (!fresh)
      throw Error(where.file, where.line, "duplicate rule id '" + id + "' (first at " + it->second.str() + ")");
  };
  // A lexicon's entries are named after it (org.national/国务院): the lexicon's own id is taken
  // too, once, at its first entry.
  std::string lexicon;  // the lexicon id and file of the entry before
  for (const auto& r : rules.lexicon) {
    const std::string id = r.id.substr(0, r.id.find('/'));
    if (id + '@' + r.where.file != lexicon) claim(id, r.where);
    lexicon = id + '@' + r.where.file;
    claim(r.id, r.where);
  }
  std::string previous;
  for (const auto& r : rules.suffixes) {
    if (r.id + r.where.str() != previous) claim(r.id, r.where);
    previous = r.id + r.where.str();
  }
  for (const auto& r : rules.word_lists) claim(r.id, r.where);
  for (const auto& r : rules.entity_patterns) claim(r.id, r.where);
  for (const auto& r : rules.amount_patterns) claim(r.id, r.where);
  for (const auto& r : rules.relations) claim(r.id, r.where);
  for (const auto& r : rules.structures) claim(r.id, r.where);
  for (const auto& r : rules.aliases) claim(r.id, r.where);
  for (const auto& r : rules.scopes) claim(r.id, r.where);
  for (const auto& r : rules.structures)
    for (const auto& id : r.found_by)
      if (!seen.count(id)) throw Error(r.where.file, r.where.line, "found-by names no rule '" + id + "'");
}

RuleSet load_rule_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(dir, 0, "rules directory not found");
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  if (files.empty()) throw Error(dir, 0, "rules directory holds no .xml file");
  RuleSet rules;
  for (const auto& f : files) load_rule_file(f, rules);
  check_rule_set(rules);
  std::stable_sort(rules.relations.begin(), rules.relations.end(),
                   [](const RelationRule& a, const RelationRule& b) { return a.priority > b.priority; });
  return rules;
}

}  // namespace kg::rules
