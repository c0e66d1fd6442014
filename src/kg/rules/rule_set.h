// The rule set: every lexicon, pattern and relation rule kgbuild applies, loaded from rules/*.xml.
//
//   kg::rules::RuleSet rules = kg::rules::load_rule_dir("rules");   // throws kg::Error file:line
//   ... pass `rules` by const& to every stage; it is immutable once loaded.
//
// The XML language is described in docs/rules.md. Every rule has an id, unique in the set, and
// its source location so that messages and `explain` can point at it.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class RegexPattern;
U_NAMESPACE_END

namespace kg::rules {

struct Location {
  std::string file;
  std::size_t line = 0;
  std::string str() const { return file + ":" + std::to_string(line); }
};

// Entity types the guideline scores; other type names are allowed in rules and pass through.
inline constexpr const char* kOrganisation = "organisation";
inline constexpr const char* kPlace = "place";
inline constexpr const char* kProgram = "program";

// A relation that holds both ways: its partners act together (A与B联合开展…).
inline bool is_symmetric(const std::string& relation) {
  return relation == "cooperates_with";
}

// A fixed name or name part: a province ("西藏自治区"), a standard department ("人社局").
// A lexicon form is matched as a unit that boundary words never cut. A "name" entry is an
// entity by itself; a "head" entry (standalone false) ends a name like a suffix does, taking
// the place chain before it (县 + 妇联, 东坝县 + 人社局).
struct LexiconEntry {
  std::string id;
  std::string type;
  std::string level;
  std::string canonical;           // label when found alone; empty = the surface form
  std::vector<std::string> forms;  // surface forms, canonical first when given
  bool standalone = true;
  std::vector<std::string> prefix_ends;  // heads: what the text before the head may end with
  Location where;
  std::string scope_level;  // heads: the level a name written with a county's level character takes
  bool acts = true;         // false: its names fill no actor's role (a foreign state in local news)
};

// Suffix grammar: a name part of min..max Han characters followed by the suffix ("村", "工作队").
struct Suffix {
  std::string id;
  std::string type;
  std::string level;
  std::string text;
  std::size_t min_name = 1;
  std::size_t max_name = 6;
  bool stops_at_same_type = true;  // a place name part never runs over an earlier place
  Location where;
  bool is_head = false;  // from a head lexicon entry (a department name)
  std::vector<std::string> prefix_ends;
  // With words: how many words a name part needs to be a name when none of them is distinctive
  // (a place, a proper name, a number…): 农牧民技能培训 has two, 城市数字化建设 needs three.
  std::size_t min_words = 2;
  // Written alone right after another body of a place and a joiner (西藏自治区党委、政府), the
  // suffix names that place's body too: the organs of one place share its name.
  bool shared = false;
  // The name holds a place or takes one by its scope prefix (东坝县林业部门, 县林业部门): the
  // suffix alone, even after a distinctive word, names a kind of body (医保部门).
  bool needs_place = false;
  // Only right after a founding word of its type (出台中职学校机构编制标准): a word that ends a
  // description as often as a name (标准, 制度) names a document where it is issued.
  bool needs_founding = false;
  // Only where one of these words follows the name, 的 allowed between (环保税的开征, 医疗救助工作):
  // a kind of levy or aid is a program where the text speaks of it as one. With needs_founding,
  // either will do.
  std::vector<std::string> followed_by{};
  bool trade_name = false;
  bool placed = true;       // false: a place before the name part is not part of the name (东坝县资源税)
  bool place_alone = true;  // false: a place alone before the suffix names nothing (拉萨市中心, 西坝镇工程)
  // false: a word of the dictionary that ends in the suffix (卫生队, 普通中学, 供电所) is a kind of
  // body, a name only where a place or a name already found inside it tells which (北京队).
  bool word_alone = true;
  // common-names="framed": a name of common words alone (no place, body, quoted or proper name,
  // number or edition: 专业理论培训, 肉牛养殖合作社) is a kind, kept only where the document does
  // something with it (a relation, another sentence naming it, a county's bare name opening it).
  bool common_framed = false;
  // false: an edition (第一次, 首届) tells no name of its own (第一次行动); by default so for
  // programs, which a census is not (第二次全国污染源普查 is named by its round).
  bool editions = true;
  // The level a name written with only a county's level character belongs to instead: a county
  // has no 厅, so 区司法厅 is the autonomous region's, not a district's (市政府办公厅 stays the city's).
  std::string scope_level{};
  // An event named by what happens (东坝县水泥有限公司开工奠基庆典): a body's name and the verb
  // after it stay in the name, where elsewhere they are a clause's subject and predicate.
  bool names_clause = false;
};

// A bare or short-prefixed department (人社局, 县政府, 该县住建局) belongs to the place the
// document is about: the prefix characters name the level (县 区 旗: county), deictic words may
// precede them (该, 我, 本).
struct Scope {
  std::string id;
  std::string level;
  std::vector<std::string> prefixes;
  std::vector<std::string> deictics;
  Location where;
  // Deictic words that take in the whole place (全县): the place alone, but before a body every
  // body of its kind there (全县学校), no particular one.
  std::vector<std::string> collectives{};
  // false: the level names no body written with it (村委会, 村卫生室 are any village's); only
  // its deictic and collective words (该村, 全村) name the place.
  bool bodies = true;
  // Words after the level character that point at the place as deictic words do (村里, 县里).
  std::vector<std::string> deictics_after{};
};

// A list of words with one role: "boundary" words end a name on its left; "generic" words are
// never entities on their own; "compound" words are generic and also veto a suffix inside them
// (市 in 城市, 村 in 村级); "opener" characters may still open a name where a boundary or
// a place would end it: a place name too short without them (向 in 向阳村), an organisation
// before its place (驻); "classifier" measure words after a numeral end a name (20名学校).
struct WordList {
  std::string id;
  std::string kind;  // boundary | generic | compound | opener | classifier | lead-in | adverbial | section | noun |
                     // descriptor | tally | aspect | founding | negation | variant | party | national |
                     // unnamed-subject | back-reference | non-agent | mission | category | qualifier |
                     // purpose | span
  std::vector<std::string> types;  // empty: every type
  std::vector<std::string> words;
  Location where;
  // Boundary words that end a name only as words of their own: 要 in 要抓好…, not in 主要 or 重要.
  bool whole_word = false;
  // Measure words that end a name after an ordinal too: 第一座寺院 is the first temple, 第七条 an
  // article; 第十三批 and 第二人民医院 keep theirs.
  bool after_ordinal = false;
  // Boundary words that end a name only where they open a phrase, with no noun right before
  // them: 建设 in 用于建设蔬菜产业项目, not in 乡村建设项目.
  bool opening_only = false;
  // Tally words that count a kind before a name too: 2所县幼儿园 names no kindergarten.
  bool before = false;
  // Mission words (对口支援): the heads of the bodies a place's mission names (指挥部, 工作队).
  std::vector<std::string> heads{};
  // Category words (类): the heads of names they leave alone, each one occasion of its kind
  // (建筑施工类培训班 is one course held).
  std::vector<std::string> except_heads{};
  // Descriptors that rank or class bodies: after a place alone they name a class of its bodies
  // (湖南省三甲医院, 定日县乡镇卫生院), not one.
  bool after_place = false;
};

// An ICU regular expression that finds entities; the named group "name" is the entity's text
// (the whole match when absent). With `trim`, the start moves past the last boundary word.
struct EntityPattern {
  std::string id;
  std::string type;
  std::string level;
  std::string regex;
  bool trim = false;
  std::size_t min_length = 2;  // shortest label, in characters, after trimming
  std::string label;           // template with {group} parts; empty: the matched text
  std::size_t plain_word = 0;  // a label that is one common word of at most this many characters names nothing
  bool holds_name = false;     // the match must hold a place or a body found in the sentence
  std::shared_ptr<const icu::RegexPattern> compiled;
  Location where;
  std::vector<std::vector<std::string>> required;  // what every match holds (required_text.h)
};

struct MoneyUnit {
  std::string text;  // "万元"
  double factor = 1;
};

// Money: an ICU regex with groups "number", "unit" and optional "approx" (余, 多).
struct AmountPattern {
  std::string id;
  std::string regex;
  std::shared_ptr<const icu::RegexPattern> compiled;
  Location where;
  std::vector<std::vector<std::string>> required;  // what every match holds (required_text.h)
};

enum class Side { left, right };

// Where a role no name in the clause fills may be taken from, in the order a slot lists them;
// `previous` is the one program the sentence before in the paragraph ran (该县共投入资金… after
// 实施了一大批环境整治项目).
// Where a slot takes a name no words near the cue give: the sentence's subject, the paragraph's
// actor, the headline's, the works run before, the paragraph's topic, or the body whose name
// opens the target's (the parent of a unit).
enum class ActorOrigin { sentence, paragraph, headline, previous, topic, parent };

// Which part of a relation a slot fills: its source, its target, or the members of a list who
// act together (a symmetric relation). Rules name them as kRoleNames does, in this order.
enum class Role { source, target, members };
inline constexpr std::string_view kRoleNames[] = {"source", "target", "members"};

inline std::string_view role_name(Role role) {
  return kRoleNames[static_cast<std::size_t>(role)];
}

struct Slot {
  Role role = Role::source;
  Side side = Side::left;
  std::vector<std::string> types;
  std::size_t max_gap = 10;            // characters between the slot and its anchor
  bool enumerate = false;              // take every member of "A、B和C"
  bool innermost = false;              // in a place chain, take the last (lowest) place
  std::vector<ActorOrigin> from;  // unfilled: the sentence's subject, the paragraph's, its topic, the headline's actor
  bool from_only = false;              // filled only from `from`, never by a name near the cue
  std::vector<std::string> after;      // the slot's name must follow one of these words (在)
  std::vector<std::string> not_after;  // a name right after one of these words is passed over
  std::vector<std::string> agent_before;  // ...unless one of these follows it: 在A的支持下 names who acts
  std::vector<std::string> not_before;  // a name right before one of these words is passed over
  std::vector<std::string> before;      // when set, only a name right before one of these words fills the slot
  // Words between the slot's name and the cue that make the name receive what the cue gives
  // (那曲收到浙江捐赠的…): the rule stays silent.
  std::vector<std::string> received_by;
  std::vector<std::string> stop;        // unnamed actors (国家, 我们): nearer than any name, the role stays empty
  std::vector<std::string> stop_types;  // the same for names of these types in the cue's clause (a program)
  std::vector<std::string> levels;     // places: the levels the slot takes; empty: any
  bool crosses_comma = true;           // false: the slot stays in the cue's comma-delimited clause
  // The sentence before's program may fill the slot when its name ends in one of these (工程).
  std::vector<std::string> previous_heads;
  // A list of two or more closed by 等 and a count (A、B等10大工程) is a group the role stands
  // for as a whole: the slot takes none of its members.
  bool group_total = false;
  // Money nouns (资金 经费): money named for a kind of work (投入培训资金) goes, when no name near
  // the cue fills the slot, to the program the paragraph last named with that word (职业技能培训项目).
  std::vector<std::string> echo_nouns;
};

struct RelationRule {
  std::string id;
  std::string relation;
  int priority = 0;  // higher first; one cue occurrence feeds one rule
  bool exclusive = true;  // false: having fired, the cue is still offered to the rules after it
  // false: a place the source's name opens with (拉萨市委 and 拉萨市) is no target; a body does
  // not go to the place it belongs to.
  bool own_place = true;
  std::vector<std::string> cues;
  // Per cue, words that right before it make it part of another word: 为 after 确定, 评 or 列
  // is 'as', not 'for'.
  std::map<std::string, std::vector<std::string>> cue_not_after;
  // Per cue, words that right after it make it another construction: 承办的 opens a relative
  // clause whose program follows, no sentence whose program came before.
  std::map<std::string, std::vector<std::string>> cue_not_before;
  // Cues after which the target acts in the clauses that follow and is no verb's object (成立
  // 工作小组，统筹推进…); a building put up (建成…检测站) is one.
  std::set<std::string> cues_target_acts;
  // Cues that also stand inside names (援建 of 援建项目, 帮扶 of 帮扶基金): no boundary of a name.
  std::set<std::string> cues_inside_names;
  // Cues read only where a clause ends right after them (…等12所学校参与。).
  std::set<std::string> cues_ending_clause;
  std::vector<Slot> slots;  // left slots then right slots, each from the nearer anchor
  bool needs_amount = false;
  std::size_t amount_gap = 8;
  bool amount_before = false;  // the money stands before the cue (500万元将用于A工程)
  // Money further than amount_gap, up to noun_gap, when a money noun ends right before it:
  // 落实70%以上生态功能区转移支付资金2941万元.
  std::size_t noun_gap = 0;
  std::vector<std::string> money_nouns;
  std::vector<std::string> unless;  // words that, between the cue and the money, cancel the rule
  std::vector<std::string> unless_before;  // words that, earlier in the cue's clause, cancel it (拟)
  std::vector<std::string> unless_after;   // words right after the last right slot that cancel it (为A、B等)
  std::vector<std::string> attributive;  // words after the money that make it an attribute (元的)
  std::vector<std::string> relative;     // words right after the cue that make it a relative clause (举办的)
  Location where;
};

// Relations read off the structure of names rather than cue words.
struct StructureRule {
  std::string id;
  std::string kind;  // place-chain | name-prefix | host-prefix | name-parent | issuer-title | title-opening | owner-quote |
                     // headline-program
  std::string relation;
  Location where;
  bool fallback = false;  // its edge only where no relation rule gives the relation to the same target
  std::set<std::string> found_by;  // read only names these rules found; empty: every name
};

// Two names of one type joined by one of `joiners` name one entity, the first being the label:
// “夜游东坝”——东坝县夜间文化消费提升行动; 第四届…论坛（以下简称“农博会”）.
struct AliasRule {
  std::string id;
  std::vector<std::string> joiners;
  Location where;
};

// An example sentence that a rule carries: extracting it must yield `yields` (an entity label,
// "source -relation-> target", or for amounts a number of yuan) and must not yield `not_yields`.
struct Example {
  std::string rule;      // id of the rule it belongs to
  std::string kind;      // entity | relation | amount
  std::string relation;  // for relation rules: the relation that the rule's cue must produce
  std::string sentence;
  std::string yields;
  std::string not_yields;
  Location where;
  bool needs_words = false;  // of a whole-word list: shows only with the word dictionary
};

struct RuleSet {
  std::vector<LexiconEntry> lexicon;
  std::vector<Suffix> suffixes;
  std::vector<WordList> word_lists;
  std::vector<EntityPattern> entity_patterns;
  std::vector<AmountPattern> amount_patterns;
  std::vector<MoneyUnit> money_units;
  std::vector<RelationRule> relations;  // sorted by priority, highest first
  std::vector<StructureRule> structures;
  std::vector<AliasRule> aliases;
  std::vector<Scope> scopes;
  std::vector<Example> examples;   // of every rule, in file order
  std::vector<std::string> files;  // what was loaded, in order
};

// Loads every *.xml in `dir` (sorted). Throws kg::Error with file:line for malformed XML, an
// unknown element or attribute value, a regex ICU rejects, a duplicate id or an empty rule dir.
RuleSet load_rule_dir(const std::string& dir);

// Loads one file's rules into `into`; exposed for tests.
void load_rule_file(const std::string& path, RuleSet& into);

// Checks that hold across files (duplicate ids); called by load_rule_dir.
void check_rule_set(const RuleSet& rules);

}  // namespace kg::rules
