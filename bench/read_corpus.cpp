// The floor under kgbuild's throughput: reading a corpus and parsing its JSON records exactly as
// `kgbuild extract` does (CorpusReader), and nothing else. bench/bulk.sh times it beside a run.
#include <iostream>

#include "kg/document/corpus.h"
#include "kg/error.h"

int main(int argc, char** argv) {
  std::vector<std::string> inputs(argv + 1, argv + argc);
  try {
    kg::document::CorpusReader corpus(kg::document::expand_inputs(inputs), {}, {});
    std::size_t bytes = 0;
    while (const auto doc = corpus.next()) bytes += doc->bytes.size();
    std::cout << corpus.documents() << " documents, " << bytes << " bytes of text\n";
  } catch (const kg::Error& e) {
    std::cerr << "read_corpus: " << e.what() << "\n";
    return 1;
  }
}
