#include "kg/graph/pinyin.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>
#include <mutex>
#include <regex>
#include <set>
#include <unordered_map>

namespace kg::graph {

namespace {

constexpr char16_t kNeutral = u'\u4E00';  // 一: read alike everywhere, so it stands for "another character"

class Pinyin {
 public:
  Pinyin() {
    UErrorCode status = U_ZERO_ERROR;
    whole_.reset(icu::Transliterator::createInstance("Han-Latin/Names; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) whole_.reset();
    if (whole_) read_word_rules();
  }

  std::string of(const std::string& label) {
    std::lock_guard lock(mutex_);
    if (!whole_) return {};
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(label);
    std::string out = has_word(text) || has_punctuation_beside_latin(text) ? transliterate(text) : by_character(text);
    return ascii(out);
  }

 private:
  // The pairs "{X}' '?Y > …" in the rules of every transliterator of the chain, nested ones
  // included (Han-Latin/Names ends in Han-Latin): X reads differently before Y.
  void read_word_rules() {
    static const std::regex kWordRule("\\{(.+?)\\}' '\\?([^ >]+) >");
    std::string rules;
    collect_rules(*whole_, rules);
    for (std::sregex_iterator it(rules.begin(), rules.end(), kWordRule), end; it != end; ++it)
      words_.insert(icu::UnicodeString::fromUTF8((*it)[1].str() + (*it)[2].str()));
  }

  static void collect_rules(const icu::Transliterator& t, std::string& rules) {
    icu::UnicodeString source;
    t.toRules(source, false);
    source.toUTF8String(rules);
    for (int32_t i = 0; i < t.countElements(); ++i) {
      UErrorCode status = U_ZERO_ERROR;
      const icu::Transliterator& element = t.getElement(i, status);
      if (U_SUCCESS(status) && &element != &t) collect_rules(element, rules);
    }
  }

  // Punctuation between Han characters reads as any other character that is not Han does (",
  // x" for "，X"); next to a Latin letter or digit it moves spaces of its own (a, b for A、B;
  // k ( for k（): rare in labels, and left to the transliterator.
  static bool has_punctuation_beside_latin(const icu::UnicodeString& text) {
    const auto plain = [](UChar32 c) { return !is_han(c) && !u_ispunct(c); };
    UChar32 before = U_SENTINEL;
    for (int32_t i = 0; i < text.length();) {
      const UChar32 c = text.char32At(i);
      i += U16_LENGTH(c);
      const UChar32 after = i < text.length() ? text.char32At(i) : U_SENTINEL;
      if (u_ispunct(c) && ((before != U_SENTINEL && plain(before)) || (after != U_SENTINEL && plain(after)))) return true;
      before = c;
    }
    return false;
  }

  bool has_word(const icu::UnicodeString& text) const {
    for (const auto& w : words_)
      if (text.indexOf(w) >= 0) return true;
    return false;
  }

  // A character after a Han one reads as in a word; a Han character anywhere else as at a
  // name's start, set off by a space unless it opens the label.
  std::string by_character(const icu::UnicodeString& text) {
    std::string out;
    bool after_han = false;
    for (int32_t i = 0; i < text.length();) {
      const UChar32 c = text.char32At(i);
      const bool han = is_han(c);
      if (after_han)
        out += medial(c);
      else
        out.append(han && i > 0 ? " " : "").append(initial(c));
      after_han = han;
      i += U16_LENGTH(c);
    }
    return out;
  }

  static bool is_han(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HAN;
  }

  const std::string& initial(UChar32 c) {
    auto [it, added] = initial_.try_emplace(c);
    if (added) it->second = transliterate(icu::UnicodeString(c));
    return it->second;
  }

  // After another character: what the pair 一c gives beyond what 一 alone gives (the space
  // between syllables included).
  const std::string& medial(UChar32 c) {
    auto [it, added] = medial_.try_emplace(c);
    if (added) {
      icu::UnicodeString pair(kNeutral);
      pair.append(c);
      it->second = transliterate(pair).substr(neutral().size());
    }
    return it->second;
  }

  const std::string& neutral() {
    if (neutral_.empty()) neutral_ = transliterate(icu::UnicodeString(kNeutral));
    return neutral_;
  }

  std::string transliterate(icu::UnicodeString text) const {
    whole_->transliterate(text);
    std::string out;
    text.toUTF8String(out);
    return out;
  }

  static std::string ascii(const std::string& s) {
    std::string out;
    for (char c : s)
      if (static_cast<unsigned char>(c) < 0x80) out.push_back(c);
    return out;
  }

  std::mutex mutex_;  // the transliterator and the caches are one thread's at a time
  std::unique_ptr<icu::Transliterator> whole_;
  std::set<icu::UnicodeString> words_;
  std::unordered_map<UChar32, std::string> initial_, medial_;
  std::string neutral_;
};

Pinyin& reader() {
  static Pinyin instance;
  return instance;
}

}  // namespace

std::string pinyin(const std::string& label) {
  return reader().of(label);
}

void prepare_pinyin() {
  reader();
}

}  // namespace kg::graph
