// A file mapped read-only into memory: the compiled division list and word dictionary are read
// this way, so that a run touches only the pages its lookups need.
//
//   kg::MappedFile f = kg::MappedFile::open("out/words/words.kgw", "word file");
//   f.data(), f.size()
#pragma once

#include <cstddef>
#include <string>

namespace kg {

class MappedFile {
 public:
  // Throws kg::Error naming the file ("cannot open word file: …") when it cannot be opened,
  // is not a regular file or cannot be mapped. `what` names the kind of file in messages.
  static MappedFile open(const std::string& path, const std::string& what);
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  const unsigned char* data() const { return data_; }
  std::size_t size() const { return size_; }

 private:
  MappedFile(const unsigned char* data, std::size_t size) : data_(data), size_(size) {}
  const unsigned char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace kg
