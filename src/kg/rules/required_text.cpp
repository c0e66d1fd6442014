#include "kg/rules/required_text.h"

#include <string.h>

#include <algorithm>
#include <optional>

#include "kg/text/utf8.h"

namespace kg::rules {

namespace {

using Choice = std::vector<std::u32string>;  // one of these; empty: nothing known
using Clauses = std::vector<Choice>;         // each of these

// The most telling of several requirements: the one with fewest alternatives, then the one whose
// shortest alternative is longest.
const Choice* best_of(const Clauses& clauses) {
  const auto shortest = [](const Choice& c) {
    std::size_t n = c.front().size();
    for (const auto& s : c) n = std::min(n, s.size());
    return n;
  };
  const Choice* best = nullptr;
  for (const auto& c : clauses)
    if (!best || c.size() < best->size() || (c.size() == best->size() && shortest(c) > shortest(*best))) best = &c;
  return best;
}

struct Quantity {
  std::size_t min = 1;
  bool repeats = false;  // may match more than once
};

// A recursive-descent reader of ICU regex syntax, just deep enough to see literals.
class Reader {
 public:
  explicit Reader(std::u32string pattern) : p_(std::move(pattern)) {}

  Clauses read() {
    Clauses c = alternation();
    if (unknown_ || i_ != p_.size()) return {};
    return c;
  }

 private:
  // seq ('|' seq)*: with one branch, all it requires; with several, each must require
  // something, and then one of those things is required.
  Clauses alternation() {
    Clauses first = sequence();
    if (peek() != U'|') return first;
    const Choice* best = best_of(first);
    bool known = best != nullptr;
    Choice any = known ? *best : Choice{};
    while (peek() == U'|') {
      ++i_;
      const Clauses branch = sequence();
      best = best_of(branch);
      known = known && best != nullptr;
      if (known) any.insert(any.end(), best->begin(), best->end());
    }
    return known ? Clauses{any} : Clauses{};
  }

  Clauses sequence() {
    Clauses all;
    std::u32string run;
    const auto flush = [&] {
      if (!run.empty()) all.push_back({run});
      run.clear();
    };
    while (i_ < p_.size() && peek() != U'|' && peek() != U')' && !unknown_) {
      std::optional<char32_t> literal;
      Clauses inner;
      atom(literal, inner);
      const Quantity q = quantifier();
      if (literal && q.min >= 1) {
        run.push_back(*literal);
        if (q.repeats) flush();
        continue;
      }
      flush();
      if (q.min >= 1) all.insert(all.end(), inner.begin(), inner.end());
    }
    flush();
    return all;
  }

  // One atom: a literal character, a group (its requirement in `inner`), or anything else.
  void atom(std::optional<char32_t>& literal, Clauses& inner) {
    const char32_t c = p_[i_++];
    switch (c) {
      case U'(':
        inner = group();
        return;
      case U'[':
        skip_class();
        return;
      case U'\\':
        literal = escape();
        return;
      case U'.':
      case U'^':
      case U'$':
        return;
      case U'*':
      case U'+':
      case U'?':
      case U'{':
        unknown_ = true;  // a quantifier with nothing before it: not a pattern we understand
        return;
      default:
        literal = c;
    }
  }

  Clauses group() {
    bool required = true;
    if (peek() == U'?') {
      ++i_;
      const char32_t kind = take();
      if (kind == U'<' && (peek() == U'=' || peek() == U'!')) {
        required = take() == U'=';  // look-behind
      } else if (kind == U'<') {
        while (i_ < p_.size() && take() != U'>') {
        }  // a named group
      } else if (kind == U'!') {
        required = false;
      } else if (kind != U':' && kind != U'=' && kind != U'>') {
        unknown_ = true;  // inline flags and the like
      }
    }
    Clauses inside = alternation();
    if (take() != U')') unknown_ = true;
    return required ? inside : Clauses{};
  }

  void skip_class() {
    int depth = 1;
    if (peek() == U'^') ++i_;
    if (peek() == U']') ++i_;
    while (i_ < p_.size() && depth > 0) {
      const char32_t c = take();
      if (c == U'\\')
        ++i_;
      else if (c == U'[')
        ++depth;
      else if (c == U']')
        --depth;
    }
  }

  // \. is a literal dot; \p{Han}, \d, \n, \x{…} and the rest are not literals here.
  std::optional<char32_t> escape() {
    const char32_t c = take();
    if (c == U'Q') unknown_ = true;
    const bool letter_or_digit = (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
    if (!letter_or_digit) return c;
    if (peek() == U'{' && (c == U'p' || c == U'P' || c == U'x' || c == U'N')) skip_past(U'}');
    if (c == U'k' && peek() == U'<') skip_past(U'>');
    return std::nullopt;
  }

  Quantity quantifier() {
    Quantity q;
    const char32_t c = peek();
    if (c == U'?' || c == U'*' || c == U'+') {
      ++i_;
      q = {c == U'+' ? std::size_t{1} : std::size_t{0}, c != U'?'};
    } else if (c == U'{') {
      q = counted();
    } else {
      return q;
    }
    if (peek() == U'?' || peek() == U'+') ++i_;  // lazy or possessive
    return q;
  }

  // {n}, {n,}, {n,m}
  Quantity counted() {
    ++i_;
    std::size_t min = 0, max = 0;
    bool open = false;
    while (peek() >= U'0' && peek() <= U'9') min = min * 10 + (take() - U'0');
    max = min;
    if (peek() == U',') {
      ++i_;
      open = !(peek() >= U'0' && peek() <= U'9');
      max = 0;
      while (peek() >= U'0' && peek() <= U'9') max = max * 10 + (take() - U'0');
    }
    if (take() != U'}') unknown_ = true;
    return {min, open || max > 1};
  }

  void skip_past(char32_t close) {
    while (i_ < p_.size() && take() != close) {
    }
  }

  char32_t peek() const { return i_ < p_.size() ? p_[i_] : 0; }
  char32_t take() { return i_ < p_.size() ? p_[i_++] : 0; }

  std::u32string p_;
  std::size_t i_ = 0;
  bool unknown_ = false;
};

}  // namespace

std::vector<std::vector<std::string>> required_text(const std::string& regex) {
  std::vector<std::vector<std::string>> out;
  if (text::find_invalid_utf8(regex)) return out;  // rule files are checked on loading; nothing known
  for (const Choice& choice : Reader(text::to_u32(regex)).read()) {
    // "亿" makes "亿元" redundant: a text holding 亿元 holds 亿.
    std::vector<std::string> any;
    for (const auto& s : choice) {
      const bool covered = std::any_of(choice.begin(), choice.end(), [&](const std::u32string& t) {
        return t.size() < s.size() && s.find(t) != std::u32string::npos;
      });
      if (!covered) any.push_back(text::to_utf8(s));
    }
    std::sort(any.begin(), any.end());
    any.erase(std::unique(any.begin(), any.end()), any.end());
    out.push_back(std::move(any));
  }
  // The clause with fewest alternatives first: the one most sentences fail.
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool may_match(const std::vector<std::vector<std::string>>& required, std::string_view text,
               const text::CharSignature& chars) {
  // memmem, not string_view::find: the lead byte of a Chinese character is shared by thousands
  // of others, and find stops at each to compare; glibc's memmem skips ahead.
  const auto holds = [&](const std::string& r) {
    return chars.may_hold_all(r) && memmem(text.data(), text.size(), r.data(), r.size());
  };
  return std::all_of(required.begin(), required.end(),
                     [&](const std::vector<std::string>& any) { return std::any_of(any.begin(), any.end(), holds); });
}

}  // namespace kg::rules
