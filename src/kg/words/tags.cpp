#include "kg/words/tags.h"

#include <array>
#include <utility>

namespace kg::words {

namespace {

// Longest code first where codes share a first letter.
constexpr std::array<std::pair<std::string_view, Tag>, 22> kCodes = {{
    {"eng", Tag::latin},       {"ns", Tag::place_name},   {"nt", Tag::org_name},
    {"nr", Tag::person},       {"nz", Tag::proper_noun},  {"n", Tag::noun},
    {"s", Tag::noun},          {"vn", Tag::verbal_noun},  {"v", Tag::verb},
    {"ad", Tag::adverb},       {"a", Tag::adjective},     {"d", Tag::adverb},
    {"r", Tag::pronoun},       {"p", Tag::preposition},   {"c", Tag::conjunction},
    {"u", Tag::particle},      {"m", Tag::numeral},       {"q", Tag::classifier},
    {"t", Tag::time},          {"f", Tag::locality},      {"i", Tag::idiom},
    {"l", Tag::idiom},
}};

}  // namespace

Tag tag_from_code(std::string_view code) {
  if (code == "j") return Tag::abbreviation;
  if (code == "b") return Tag::distinguishing;
  if (code.starts_with("z")) return Tag::status;
  for (const auto& [prefix, tag] : kCodes)
    if (code.starts_with(prefix)) return tag;
  return Tag::other;
}

std::string_view tag_name(Tag tag) {
  static constexpr std::array<std::string_view, 25> kNames = {
      "unknown", "noun",     "place_name", "org_name",       "person", "proper_noun", "verbal_noun",
      "verb",    "adjective", "adverb",    "pronoun",        "preposition", "conjunction", "particle",
      "numeral", "classifier", "time",     "locality",       "idiom",  "abbreviation", "distinguishing",
      "status",  "latin",     "punctuation", "other"};
  return kNames[static_cast<std::size_t>(tag)];
}

bool may_stand_in_name(Tag tag) {
  switch (tag) {
    case Tag::adverb:
    case Tag::pronoun:
    case Tag::preposition:
    case Tag::conjunction:
    case Tag::particle:
    case Tag::time:
    case Tag::punctuation:
    case Tag::other:
      return false;
    default:
      return true;
  }
}

bool is_common_tag(Tag tag) {
  return tag == Tag::noun || tag == Tag::verb || tag == Tag::verbal_noun || tag == Tag::adjective ||
         tag == Tag::distinguishing;
}

bool may_open_name(Tag tag) {
  return tag != Tag::verb && tag != Tag::idiom && tag != Tag::status && may_stand_in_name(tag);
}

bool is_nominal(Tag tag) {
  switch (tag) {
    case Tag::unknown:
    case Tag::noun:
    case Tag::place_name:
    case Tag::org_name:
    case Tag::proper_noun:
    case Tag::verbal_noun:
    case Tag::abbreviation:
    case Tag::latin:
      return true;
    default:
      return false;
  }
}

bool is_distinctive(Tag tag) {
  switch (tag) {
    case Tag::unknown:
    case Tag::place_name:
    case Tag::org_name:
    case Tag::person:
    case Tag::proper_noun:
    case Tag::abbreviation:
    case Tag::numeral:
    case Tag::latin:
    case Tag::punctuation:
      return true;
    default:
      return false;
  }
}

}  // namespace kg::words
