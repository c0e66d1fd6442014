// An open-addressing table keyed by non-zero 64-bit keys (hashes of words, pairs of code
// points), for lookups made at every character of every sentence, where std::unordered_map's
// separate node per entry costs a cache miss of its own.
//
//   kg::HashTable<int> t;
//   t[42] = 7;             // inserts a value-initialised entry first
//   const int* v = t.find(42);   // nullptr when absent
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

namespace kg {

template <typename Value>
class HashTable {
 public:
  // REQUIRES: key != 0 (0 marks an empty slot).
  Value& operator[](std::uint64_t key) {
    if (2 * (size_ + 1) > keys_.size()) grow();
    std::size_t i = slot_of(key);
    if (keys_[i] != key) {
      keys_[i] = key;
      ++size_;
    }
    return values_[i];
  }

  const Value* find(std::uint64_t key) const {
    if (size_ == 0) return nullptr;
    const std::size_t i = slot_of(key);
    return keys_[i] == key ? &values_[i] : nullptr;
  }

  std::size_t size() const { return size_; }

 private:
  // The slot holding `key`, or the empty slot where it would go.
  std::size_t slot_of(std::uint64_t key) const {
    const std::size_t mask = keys_.size() - 1;
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask;
    return i;
  }

  void grow() {
    std::vector<std::uint64_t> keys = std::move(keys_);
    std::vector<Value> values = std::move(values_);
    const std::size_t capacity = keys.empty() ? 16 : 2 * keys.size();
    keys_.assign(capacity, 0);
    values_.clear();
    values_.resize(capacity);
    shift_ = 64 - std::countr_zero(capacity);
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] != 0) {
        const std::size_t at = slot_of(keys[i]);
        keys_[at] = keys[i];
        values_[at] = std::move(values[i]);
      }
  }

  std::vector<std::uint64_t> keys_;
  std::vector<Value> values_;
  std::size_t size_ = 0;
  int shift_ = 64;
};

}  // namespace kg
