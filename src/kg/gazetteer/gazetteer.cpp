#include "kg/gazetteer/gazetteer.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <unordered_map>

#include "kg/error.h"
#include "kg/export/atomic_file.h"
#include "kg/mapped_file.h"

namespace kg::gazetteer {

namespace {

constexpr char kMagic[8] = {'K', 'G', 'D', 'I', 'V', '0', '1', '\n'};
constexpr std::uint32_t kVersion = 1;
constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t longest_key;
  std::uint64_t division_count, key_count, slot_count, posting_count, blob_size;
  std::uint64_t divisions_off, keys_off, slots_off, postings_off, blob_off;
  std::uint32_t source_off, source_len;
};

struct DivisionRecord {
  std::uint64_t code;
  std::uint32_t parent;
  std::uint32_t official_off;
  std::uint32_t name_off;
  std::uint8_t official_len;
  std::uint8_t name_len;
  std::uint8_t level;
  std::uint8_t reserved;
};
static_assert(sizeof(DivisionRecord) == 24);

struct KeyRecord {
  std::uint32_t text_off;
  std::uint32_t postings_begin;
  std::uint32_t postings_count;
  std::uint16_t text_len;
  std::uint16_t reserved;
};
static_assert(sizeof(KeyRecord) == 16);

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string_view level_name(Level level) {
  switch (level) {
    case Level::province:
      return "province";
    case Level::city:
      return "city";
    case Level::county:
      return "county";
    case Level::township:
      return "township";
    case Level::subdistrict:
      return "subdistrict";
    case Level::village:
      return "village";
    case Level::community:
      return "community";
    case Level::other:
      return "other";
  }
  return "other";
}

std::string padded_code(std::uint64_t code) {
  std::string digits = std::to_string(code);
  if (digits.size() < 12) digits.append(12 - digits.size(), '0');
  return digits;
}

// ---- reading ----

struct Gazetteer::Mapping {
  std::string path;
  MappedFile file;
  const unsigned char* base = nullptr;
  std::size_t size = 0;
  Header header{};

  [[noreturn]] void corrupt(const std::string& what) const {
    throw Error(path, 0, "not a usable division file (" + what + "); rebuild it with 'kgbuild gazetteer build'");
  }
  template <typename T>
  const T* section(std::uint64_t offset, std::uint64_t count, const char* name) const {
    if (offset % alignof(T) != 0 || offset > size || count > (size - offset) / sizeof(T)) corrupt(name);
    return reinterpret_cast<const T*>(base + offset);
  }
  std::string_view text(std::uint32_t offset, std::size_t length) const {
    if (offset > header.blob_size || length > header.blob_size - offset) corrupt("string out of range");
    return {reinterpret_cast<const char*>(base + header.blob_off + offset), length};
  }
  const DivisionRecord* divisions = nullptr;
  const KeyRecord* keys = nullptr;
  const std::uint32_t* slots = nullptr;
  const std::uint32_t* postings = nullptr;
};

Gazetteer::Gazetteer(std::unique_ptr<Mapping> mapping) : m_(std::move(mapping)) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Gazetteer Gazetteer::open(const std::string& path) {
  auto m = std::make_unique<Mapping>(Mapping{path, MappedFile::open(path, "division file")});
  m->base = m->file.data();
  m->size = m->file.size();
  if (m->size < sizeof(Header)) m->corrupt("too short");
  std::memcpy(&m->header, m->base, sizeof(Header));
  const Header& h = m->header;
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) m->corrupt("wrong magic");
  if (h.version != kVersion) m->corrupt("version " + std::to_string(h.version) + ", expected 1");
  if (h.slot_count == 0 || (h.slot_count & (h.slot_count - 1)) != 0 || h.slot_count <= h.key_count)
    m->corrupt("bad hash table size");
  m->divisions = m->section<DivisionRecord>(h.divisions_off, h.division_count, "divisions");
  m->keys = m->section<KeyRecord>(h.keys_off, h.key_count, "keys");
  m->slots = m->section<std::uint32_t>(h.slots_off, h.slot_count, "hash table");
  m->postings = m->section<std::uint32_t>(h.postings_off, h.posting_count, "postings");
  m->section<char>(h.blob_off, h.blob_size, "strings");
  return Gazetteer(std::move(m));
}

std::span<const std::uint32_t> Gazetteer::find(std::string_view key) const {
  const Header& h = m_->header;
  const std::uint64_t mask = h.slot_count - 1;
  for (std::uint64_t i = fnv1a(key) & mask, probes = 0; probes < h.slot_count; i = (i + 1) & mask, ++probes) {
    const std::uint32_t k = m_->slots[i];
    if (k == kEmpty) return {};
    if (k >= h.key_count) m_->corrupt("hash slot out of range");
    const KeyRecord& record = m_->keys[k];
    if (m_->text(record.text_off, record.text_len) != key) continue;
    if (record.postings_begin > h.posting_count || record.postings_count > h.posting_count - record.postings_begin)
      m_->corrupt("postings out of range");
    return {m_->postings + record.postings_begin, record.postings_count};
  }
  return {};
}

DivisionView Gazetteer::division(std::uint32_t index) const {
  if (index >= m_->header.division_count) m_->corrupt("division index out of range");
  const DivisionRecord& r = m_->divisions[index];
  if (r.level > static_cast<std::uint8_t>(Level::other)) m_->corrupt("unknown level");
  return {r.code, m_->text(r.official_off, r.official_len), m_->text(r.name_off, r.name_len),
          static_cast<Level>(r.level), r.parent};
}

std::size_t Gazetteer::size() const {
  return m_->header.division_count;
}

std::string_view Gazetteer::source() const {
  return m_->text(m_->header.source_off, m_->header.source_len);
}

std::size_t Gazetteer::longest_key() const {
  return m_->header.longest_key;
}

bool Gazetteer::is_below(std::uint32_t index, std::uint32_t ancestor) const {
  // The hierarchy has five levels; the bound guards against a cycle in a damaged file.
  std::uint32_t at = division(index).parent;
  for (int depth = 0; at != kNoParent && depth < 8; ++depth) {
    if (at == ancestor) return true;
    at = division(at).parent;
  }
  return false;
}

// ---- writing ----

namespace {

class Blob {
 public:
  std::uint32_t add(const std::string& s) {
    const auto [it, fresh] = offsets_.try_emplace(s, static_cast<std::uint32_t>(bytes_.size()));
    if (fresh) bytes_ += s;
    return it->second;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, std::uint32_t> offsets_;
};

template <typename T>
void put(std::string& out, const std::vector<T>& items) {
  out.append(reinterpret_cast<const char*>(items.data()), items.size() * sizeof(T));
}

void align(std::string& out) {
  out.append((8 - out.size() % 8) % 8, '\0');
}

}  // namespace

void write_gazetteer(const std::vector<Division>& divisions, const std::string& source, const std::string& path) {
  std::vector<std::uint32_t> order(divisions.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return divisions[a].code < divisions[b].code; });
  std::vector<std::uint32_t> position(divisions.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) position[order[i]] = i;

  Blob blob;
  std::vector<DivisionRecord> records;
  std::map<std::string, std::vector<std::uint32_t>> postings_by_key;
  std::uint32_t longest = 0;
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    const Division& d = divisions[order[i]];
    if (d.official_name.size() > 255 || d.name.size() > 255)
      throw Error(path, 0, "division " + std::to_string(d.code) + " has a name longer than 255 bytes");
    DivisionRecord r{};
    r.code = d.code;
    r.parent = d.parent == kNoParent ? kNoParent : position.at(d.parent);
    r.official_off = blob.add(d.official_name);
    r.official_len = static_cast<std::uint8_t>(d.official_name.size());
    r.name_off = blob.add(d.name);
    r.name_len = static_cast<std::uint8_t>(d.name.size());
    r.level = static_cast<std::uint8_t>(d.level);
    records.push_back(r);
    auto keys = d.short_forms;
    keys.insert(keys.begin(), d.name);
    for (const auto& k : keys) {
      auto& list = postings_by_key[k];
      if (list.empty() || list.back() != i) list.push_back(i);
      longest = std::max(longest, static_cast<std::uint32_t>(characters(k)));
    }
  }

  std::vector<KeyRecord> keys;
  std::vector<std::uint32_t> postings;
  std::uint64_t slot_count = 1;
  while (slot_count < 2 * postings_by_key.size() + 1) slot_count *= 2;
  std::vector<std::uint32_t> slots(slot_count, kEmpty);
  for (const auto& [text, list] : postings_by_key) {
    KeyRecord k{};
    k.text_off = blob.add(text);
    k.text_len = static_cast<std::uint16_t>(text.size());
    k.postings_begin = static_cast<std::uint32_t>(postings.size());
    k.postings_count = static_cast<std::uint32_t>(list.size());
    postings.insert(postings.end(), list.begin(), list.end());
    std::uint64_t slot = fnv1a(text) & (slot_count - 1);
    while (slots[slot] != kEmpty) slot = (slot + 1) & (slot_count - 1);
    slots[slot] = static_cast<std::uint32_t>(keys.size());
    keys.push_back(k);
  }
  const std::uint32_t source_off = blob.add(source);

  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.version = kVersion;
  h.longest_key = longest;
  h.division_count = records.size();
  h.key_count = keys.size();
  h.slot_count = slot_count;
  h.posting_count = postings.size();
  h.blob_size = blob.bytes().size();
  h.source_off = source_off;
  h.source_len = static_cast<std::uint32_t>(source.size());

  std::string body(sizeof(Header), '\0');
  const auto section = [&body](std::uint64_t& offset, const auto& items) {
    offset = body.size();
    put(body, items);
    align(body);
  };
  section(h.divisions_off, records);
  section(h.keys_off, keys);
  section(h.slots_off, slots);
  section(h.postings_off, postings);
  h.blob_off = body.size();
  body += blob.bytes();
  std::memcpy(body.data(), &h, sizeof h);
  exports::write_atomically(path, [&](const std::string& temporary) {
    std::ofstream out(temporary, std::ios::binary);
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    out.close();
    if (!out) throw Error(path, 0, "cannot write the division file");
  });
}

}  // namespace kg::gazetteer
