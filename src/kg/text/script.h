// Traditional Chinese read in simplified script. The rules, lexicons, division list and word
// dictionary are all simplified, so an article in traditional characters is converted with
// OpenCC's t2s before anything matches. The conversion keeps every byte where it was (both
// scripts take three UTF-8 bytes a character), so offsets still point into the file as given;
// names come out in simplified script.
//
//   const kg::text::Simplifier simplifier;          // once; opens OpenCC's t2s data
//   std::string text = simplifier.simplify(bytes);  // unchanged unless the text is traditional
#pragma once

#include <string>
#include <vector>

namespace kg::text {

class Simplifier {
 public:
  // Throws kg::Error when OpenCC's t2s configuration cannot be opened.
  Simplifier();
  ~Simplifier();
  Simplifier(const Simplifier&) = delete;
  Simplifier& operator=(const Simplifier&) = delete;

  // The text in simplified script when more than 1% of its characters change under t2s (so a
  // simplified text keeps its rare 乾 and 著), else the text unchanged. Same length in bytes.
  std::string simplify(const std::string& utf8) const;

 private:
  std::string convert(const std::string& utf8) const;
  bool may_be_traditional(const std::string& opening) const;
  void* converter_ = nullptr;  // opencc_t
  // The characters of the main CJK block t2s changes on their own: an opening with none of
  // them is simplified, and OpenCC need not read it (it cost a twentieth of a corpus run).
  std::vector<bool> traditional_;
};

}  // namespace kg::text
