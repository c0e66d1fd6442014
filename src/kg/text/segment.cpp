#include "kg/text/segment.h"

#include <unicode/brkiter.h>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string_view>

#include "kg/text/utext.h"

namespace kg::text {

namespace {

std::unique_ptr<icu::BreakIterator> sentence_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence iterator: ") + u_errorName(status));
  return it;
}

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\n") == std::string_view::npos;
}

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Where to cut [begin, end) no later than begin + kMaxSentenceBytes: after the last clause mark
// in the second half of the window, else at a code point boundary.
std::size_t cut_point(std::string_view all, std::size_t begin, std::size_t end) {
  if (end - begin <= kMaxSentenceBytes) return end;
  std::size_t limit = begin + kMaxSentenceBytes;
  while (limit > begin && is_continuation(all[limit])) --limit;
  const std::string_view window = all.substr(begin, limit - begin);
  for (const char* mark : {"；", "，", "、"}) {
    const std::size_t at = window.rfind(mark);
    if (at != std::string_view::npos && at > window.size() / 2) return begin + at + std::string_view(mark).size();
  }
  return limit;
}

void add_bounded(std::string_view all, Span piece, std::size_t index, std::vector<Sentence>& out) {
  while (piece.begin < piece.end) {
    const std::size_t stop = cut_point(all, piece.begin, piece.end);
    out.push_back({{piece.begin, stop}, index});
    piece.begin = stop;
  }
}

// ICU's sentence rules count every quotation mark after 。 as closing the sentence; in Chinese an
// opening one (“, 「, 《, （) opens the next: 乡村振兴。“兴边富民”项目… is cut before “.
std::size_t before_openers(std::string_view piece_of_paragraph, std::size_t stop) {
  static constexpr std::string_view kOpeners[] = {"“", "‘", "「", "『", "《", "（", "【", "〈"};
  for (bool moved = true; moved;) {
    moved = false;
    for (std::string_view mark : kOpeners)
      if (stop > mark.size() && piece_of_paragraph.substr(0, stop).ends_with(mark)) {
        stop -= mark.size();
        moved = true;
      }
  }
  return stop;
}

// ICU's rules let a dash continue a sentence after 。 (UAX #29 counts — as SContinue); in Chinese
// a dash after a full stop opens the next item of a list: 。——制定了…。——成立… . Where the
// first such dash of [begin, end) stands, or `end`.
std::size_t next_dashed_item(std::string_view text, std::size_t begin, std::size_t end) {
  static constexpr std::string_view kStops[] = {"。——", "！——", "？——"};
  std::size_t first = end;
  for (std::string_view stop : kStops) {
    const std::size_t at = text.substr(0, end).find(stop, begin);
    if (at != std::string_view::npos) first = std::min(first, at + stop.size() - std::string_view("——").size());
  }
  return first;
}

// 记者 洛桑 摄 近年来…, 新华社记者 姚大伟摄  中华民族…: a photo's credit, set off by a space,
// that opens a piece ends there; the story after it is a sentence of its own, whose subject the
// credit would hide. Where such a credit at `begin` ends (past its spaces), or `begin`.
std::size_t after_credit(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::size_t kLongestCredit = 40 * 3;  // forty Chinese characters, in bytes
  static constexpr std::string_view kTook = "摄";
  static constexpr std::string_view kWordsOfTaking[] = {"影", "像", "制", "入", "取", "氏"};  // 摄影, 摄入…
  std::size_t from = begin;
  while (from < end && text[from] == ' ') ++from;
  const std::size_t at = text.substr(0, std::min(end, from + kLongestCredit)).find(kTook, from);
  if (at == std::string_view::npos || at == from) return begin;
  const std::string_view credit = text.substr(from, at - from);
  for (std::string_view mark : {"，", "。", "；", "：", ",", ":"})
    if (credit.find(mark) != std::string_view::npos) return begin;
  const std::size_t after = at + kTook.size();
  for (std::string_view word : kWordsOfTaking)
    if (text.substr(after, word.size()) == word) return begin;
  if (!(after < end && text[after] == ' ') && text[at - 1] != ' ') return begin;
  std::size_t stop = after;
  while (stop < end && text[stop] == ' ') ++stop;
  return stop < end ? stop : begin;
}

void add_piece(std::string_view all, Span paragraph, std::size_t start, std::size_t stop, std::size_t index,
               std::vector<Sentence>& out) {
  std::string_view piece = all.substr(paragraph.begin + start, stop - start);
  if (is_blank(piece)) return;
  while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\t' || piece.back() == '\n'))
    piece.remove_suffix(1);
  add_bounded(all, {paragraph.begin + start, paragraph.begin + start + piece.size()}, index, out);
}

void add_sentences(std::string_view all, Span paragraph, std::size_t index, icu::BreakIterator& it,
                   std::vector<Sentence>& out) {
  UErrorCode status = U_ZERO_ERROR;
  const UTextPtr ut = open_utf8(all.substr(paragraph.begin, paragraph.size()));
  it.setText(ut.get(), status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU setText: ") + u_errorName(status));
  std::size_t start = 0;
  const std::string_view text = all.substr(paragraph.begin, paragraph.size());
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; end = it.next()) {
    std::size_t stop = static_cast<std::size_t>(end);
    if (stop < text.size()) stop = std::max(start, before_openers(text, stop));
    if (const std::size_t story = after_credit(text, start, stop); story > start) {
      add_piece(all, paragraph, start, story, index, out);
      start = story;
    }
    for (std::size_t item = next_dashed_item(text, start, stop); item < stop;
         item = next_dashed_item(text, start, stop)) {
      add_piece(all, paragraph, start, item, index, out);
      start = item;
    }
    add_piece(all, paragraph, start, stop, index, out);
    start = stop;
  }
}

}  // namespace

std::vector<Sentence> segment(const Text& text) {
  std::vector<Sentence> out;
  auto it = sentence_iterator();
  const std::string_view all = text.bytes;
  std::size_t begin = 0;
  std::size_t index = 0;
  while (begin < all.size()) {
    std::size_t end = all.find('\n', begin);
    if (end == std::string_view::npos) end = all.size();
    if (end > begin) add_sentences(all, {begin, end}, index++, *it, out);
    begin = end + 1;
  }
  return out;
}

}  // namespace kg::text
