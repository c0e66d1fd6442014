#include "kg/words/dictionary.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "kg/error.h"
#include "kg/export/atomic_file.h"
#include "kg/mapped_file.h"
#include "kg/text/utf8.h"

namespace kg::words {

namespace {

constexpr char kMagic[8] = {'K', 'G', 'W', 'O', 'R', 'D', '1', '\n'};
constexpr std::uint32_t kVersion = 1;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t longest_word;
  std::uint64_t slot_count, word_count;
  float unknown_log_probability;
  std::uint32_t source_len;  // the source label follows the slots
};

struct Slot {
  std::uint64_t hash;  // 0: empty
  float log_probability;
  std::uint8_t tag;
  std::uint8_t is_word;
  std::uint16_t reserved;
};
static_assert(sizeof(Slot) == 16);

struct SourceWord {
  std::u32string text;
  double frequency;
  Tag tag;
};

std::vector<SourceWord> read_source(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(file, 0, "cannot open word list");
  std::vector<SourceWord> words;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (text::find_invalid_utf8(line)) throw Error(file, number, "invalid UTF-8");
    std::istringstream fields(line);
    std::string word, code;
    double frequency = 0;
    if (!(fields >> word >> frequency) || frequency <= 0)
      throw Error(file, number, "expected 'WORD FREQUENCY [TAG]' with a positive frequency");
    fields >> code;
    SourceWord w{{}, frequency, tag_from_code(code)};
    for (std::size_t pos = 0; pos < word.size();) w.text.push_back(text::decode_utf8(word, pos));
    words.push_back(std::move(w));
  }
  if (words.empty()) throw Error(file, 0, "the word list is empty");
  return words;
}

class SlotTable {
 public:
  explicit SlotTable(std::size_t entries) {
    std::size_t n = 1;
    while (n < 2 * entries + 1) n *= 2;
    slots_.assign(n, Slot{});
  }
  Slot& at(std::uint64_t hash) {
    const std::uint64_t mask = slots_.size() - 1;
    std::uint64_t i = hash & mask;
    while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & mask;
    slots_[i].hash = hash;
    return slots_[i];
  }
  const std::vector<Slot>& slots() const { return slots_; }

 private:
  std::vector<Slot> slots_;
};

std::string serialise(const std::vector<SourceWord>& words, const std::string& label) {
  double total = 0;
  std::size_t entries = 0, longest = 0;
  for (const auto& w : words) {
    total += w.frequency;
    entries += w.text.size();
    longest = std::max(longest, w.text.size());
  }
  SlotTable table(entries);
  for (const auto& w : words) {
    WordHash h;
    for (std::size_t i = 0; i < w.text.size(); ++i) {
      h.add(w.text[i]);
      Slot& slot = table.at(h.value());
      if (i + 1 < w.text.size() || slot.is_word) continue;  // a prefix, or a word listed twice
      slot.is_word = 1;
      slot.log_probability = static_cast<float>(std::log(w.frequency / total));
      slot.tag = static_cast<std::uint8_t>(w.tag);
    }
  }
  Header header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.version = kVersion;
  header.longest_word = static_cast<std::uint32_t>(longest);
  header.slot_count = table.slots().size();
  header.word_count = words.size();
  header.unknown_log_probability = static_cast<float>(std::log(1.0 / total));
  header.source_len = static_cast<std::uint32_t>(label.size());
  std::string body(reinterpret_cast<const char*>(&header), sizeof header);
  body.append(reinterpret_cast<const char*>(table.slots().data()), table.slots().size() * sizeof(Slot));
  return body + label;
}

}  // namespace

std::uint64_t hash_of(std::u32string_view word) {
  WordHash h;
  for (char32_t c : word) h.add(c);
  return h.value();
}

struct Dictionary::Mapping {
  std::string path;
  MappedFile file;
  const unsigned char* base = nullptr;
  std::size_t size = 0;
  Header header{};
  const Slot* slots = nullptr;

  [[noreturn]] void corrupt(const std::string& what) const {
    throw Error(path, 0, "not a usable word file (" + what + "); rebuild it with 'kgbuild words build'");
  }
  void check() const {
    const Header& h = header;
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) corrupt("wrong magic");
    if (h.version != kVersion) corrupt("version " + std::to_string(h.version) + ", expected 1");
    if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0) corrupt("bad hash table size");
    const std::size_t room = size - sizeof(Header);
    if (h.slot_count > room / sizeof(Slot) || room - h.slot_count * sizeof(Slot) != h.source_len)
      corrupt("wrong size");
  }
};

Dictionary::Dictionary(std::unique_ptr<Mapping> mapping) : m_(std::move(mapping)) {}
Dictionary::Dictionary(Dictionary&&) noexcept = default;
Dictionary& Dictionary::operator=(Dictionary&&) noexcept = default;
Dictionary::~Dictionary() = default;

Dictionary Dictionary::open(const std::string& path) {
  auto m = std::make_unique<Mapping>(Mapping{path, MappedFile::open(path, "word file")});
  m->base = m->file.data();
  m->size = m->file.size();
  if (m->size < sizeof(Header)) m->corrupt("too short");
  std::memcpy(&m->header, m->base, sizeof(Header));
  m->check();
  m->slots = reinterpret_cast<const Slot*>(m->base + sizeof(Header));
  return Dictionary(std::move(m));
}

std::optional<Entry> Dictionary::find(std::uint64_t hash) const {
  const std::uint64_t mask = m_->header.slot_count - 1;
  for (std::uint64_t i = hash & mask, probes = 0; probes <= mask; i = (i + 1) & mask, ++probes) {
    const Slot& slot = m_->slots[i];
    if (slot.hash == 0) return std::nullopt;
    if (slot.hash != hash) continue;
    if (slot.tag > static_cast<std::uint8_t>(Tag::other)) m_->corrupt("unknown tag");
    return Entry{slot.log_probability, static_cast<Tag>(slot.tag), slot.is_word != 0};
  }
  return std::nullopt;
}

void Dictionary::prefetch(std::uint64_t hash) const {
  __builtin_prefetch(m_->slots + (hash & (m_->header.slot_count - 1)));
}

std::size_t Dictionary::size() const {
  return m_->header.word_count;
}
std::size_t Dictionary::longest_word() const {
  return m_->header.longest_word;
}
float Dictionary::unknown_log_probability() const {
  return m_->header.unknown_log_probability;
}
std::string_view Dictionary::source() const {
  const std::size_t at = sizeof(Header) + m_->header.slot_count * sizeof(Slot);
  return {reinterpret_cast<const char*>(m_->base + at), m_->header.source_len};
}

std::size_t compile_dictionary(const std::string& source_file, const std::string& source_label,
                               const std::string& out) {
  const auto words = read_source(source_file);
  const std::string body = serialise(words, source_label);
  exports::write_text_atomically(out, body);
  return words.size();
}

}  // namespace kg::words
