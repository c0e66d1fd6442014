#include <catch2/catch.hpp>

#include "kg/error.h"
#include "kg/rules/rule_set.h"
#include "support.h"

namespace {

// Writes `body` as the only rule file of a fresh directory and returns the error message.
std::string load_error(const std::string& body) {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/r.xml", body);
  try {
    kg::rules::load_rule_dir(dir);
  } catch (const kg::Error& e) {
    return std::string(e.what()).substr(dir.size() + 1);
  }
  return "no error";
}

}  // namespace

TEST_CASE("the shipped rules load, and every rule has an id") {
  const auto& rules = kg::test::shipped_rules();
  CHECK(rules.relations.size() >= 10);
  CHECK_FALSE(rules.suffixes.empty());
  CHECK_FALSE(rules.entity_patterns.empty());
}

TEST_CASE("malformed XML is reported with its line") {
  CHECK(load_error("<rules>\n  <suffix id='a' type='place'>村\n</rules>\n") ==
        "r.xml:4: malformed XML: unexpected end of data");
}

TEST_CASE("an unknown element, relation or slot role names the line") {
  CHECK(load_error("<rules>\n\n  <sufix id='a'/>\n</rules>") == "r.xml:3: unknown element <sufix>");
  CHECK(load_error("<rules>\n<relation id='r' relation='fund'><cue>投入</cue></relation>\n</rules>") ==
        "r.xml:2: unknown relation 'fund'");
  CHECK(load_error("<rules>\n<relation id='r' relation='funds'>\n<cue>投入</cue>\n"
                   "<slot role='payer' side='left' types='organisation'/>\n</relation></rules>") ==
        "r.xml:4: unknown slot role 'payer' (source, target or members)");
}

TEST_CASE("a misspelt attribute is an error, not a default") {
  CHECK(load_error("<rules>\n<relation id='r' relation='visits'>\n<cue>走访</cue>\n"
                   "<slot role='source' side='left' types='organisation' gapp='40'/>\n"
                   "<slot role='target' side='right' types='place'/>\n</relation>\n</rules>") ==
        "r.xml:4: unknown attribute 'gapp' on <slot>");
}

TEST_CASE("a regex that ICU rejects is reported with the ICU error") {
  const std::string message = load_error("<rules>\n<pattern id='p' type='program'>(unclosed</pattern>\n</rules>");
  CHECK_THAT(message, Catch::StartsWith("r.xml:2: regex does not compile (U_REGEX_MISMATCHED_PAREN"));
}

TEST_CASE("a duplicate id is reported at its second definition") {
  CHECK(
      load_error("<rules>\n<suffix id='x' type='place'>村</suffix>\n<suffix id='x' type='place'>乡</suffix>\n</rules>")
          .rfind("r.xml:3: duplicate rule id 'x' (first at ", 0) == 0);
}

TEST_CASE("a word list may not take the id of a lexicon") {
  CHECK(load_error("<rules>\n<lexicon id='x' type='organisation'>\n<entry>国务院</entry>\n</lexicon>\n"
                   "<words id='x' kind='boundary'>在</words>\n</rules>")
            .rfind("r.xml:5: duplicate rule id 'x' (first at ", 0) == 0);
}

TEST_CASE("a structure that reads names of a rule no file defines is reported at its line") {
  CHECK(load_error("<rules>\n<suffix id='festival' type='program'>节</suffix>\n"
                   "<structure id='s' kind='host-prefix' relation='organises' found-by='festival fete'/>\n</rules>") ==
        "r.xml:3: found-by names no rule 'fete'");
}

TEST_CASE("mission words name the heads of the teams they name, and only they take heads") {
  CHECK(load_error("<rules>\n<words id='m' kind='mission'>对口支援</words>\n</rules>") ==
        "r.xml:2: mission words need heads=\"指挥部 工作队 …\"");
  CHECK(load_error("<rules>\n<words id='b' kind='boundary' heads='指挥部'>在</words>\n</rules>") ==
        "r.xml:2: heads applies to mission words only");
}

TEST_CASE("only a lexicon of heads takes a scope level, and only a level of its scopes") {
  CHECK(load_error("<rules>\n<lexicon id='l' type='organisation' scope-level='province'>\n<entry>国务院</entry>\n"
                   "</lexicon>\n</rules>") == "r.xml:2: scope-level applies to heads only");
  CHECK(load_error("<rules>\n<lexicon id='l' type='organisation' role='head' scope-level='nation'>\n"
                   "<entry>人社厅</entry>\n</lexicon>\n</rules>") ==
        "r.xml:2: scope-level must be province, city or county");
}

TEST_CASE("a suffix's common names are named or framed, nothing else") {
  CHECK(load_error("<rules>\n<suffix id='s' type='program' common-names='maybe'>工程</suffix>\n</rules>") ==
        "r.xml:2: common-names must be named or framed");
}

TEST_CASE("only category words spare heads") {
  CHECK(load_error("<rules>\n<words id='b' kind='boundary' except-heads='培训班'>在</words>\n</rules>") ==
        "r.xml:2: except-heads applies to category words only");
}

TEST_CASE("an unknown macro is an error rather than literal text") {
  CHECK(load_error("<rules>\n<pattern id='p' type='program'>{NOPE}工程</pattern>\n</rules>") ==
        "r.xml:2: unknown macro {NOPE}");
}

TEST_CASE("a cue list may name a macro that several rules share") {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/r.xml",
                       "<rules>\n<macro name='CHECKS'>督导检查 检查指导</macro>\n"
                       "<relation id='r' relation='supervises'><cue>监督 {CHECKS}</cue>"
                       "<slot role='source' side='left' types='organisation'/>"
                       "<slot role='target' side='right' types='program'/></relation>\n</rules>");
  const auto rules = kg::rules::load_rule_dir(dir);
  REQUIRE(rules.relations.size() == 1);
  CHECK(rules.relations[0].cues == std::vector<std::string>{"监督", "督导检查", "检查指导"});
}

TEST_CASE("a label template that names no group of its regex is an error") {
  CHECK(load_error("<rules>\n<pattern id='p' type='program' "
                   "label='{topic}活动'>以(?&lt;theme&gt;“[^”]+”)为主题</pattern>\n</rules>") ==
        "r.xml:2: label template names no group of the regex: {topic}");
}

TEST_CASE("a macro that uses itself is an error, not a run that never ends") {
  CHECK(load_error("<rules>\n<macro name='A'>x{A}</macro>\n<pattern id='p' type='program'>{A}</pattern>\n</rules>") ==
        "r.xml:3: macro {A} expands without end (a macro that uses itself?)");
  CHECK(load_error("<rules>\n<macro name='A'>{B}</macro>\n<macro name='B'>{A}y</macro>\n"
                   "<pattern id='p' type='program'>{A}</pattern>\n</rules>")
            .rfind("r.xml:4: macro {", 0) == 0);
  CHECK(load_error("<rules>\n<macro name='W'>(?:工程|项目)</macro>\n<macro name='V'>{W}{W}</macro>\n"
                   "<pattern id='p' type='program'>{V}</pattern>\n</rules>") == "no error");
}

TEST_CASE("a rule file that is not UTF-8 is refused with the line of the first bad byte") {
  CHECK(load_error("<rules>\n<pattern id='p' type='program'>\xe5\xb7</pattern>\n</rules>") ==
        "r.xml:2: invalid UTF-8 at byte offset 39");
}
