// The per-document pipeline on several threads, with results in input order.
//
//   kg::extract::ParallelRun run(extractor, jobs);
//   run.each(next_document, [&](kg::extract::Extraction&& x) { builder.add(x); });
//
// The Extractor is const per document and shares only immutable rules, lexicons, division list
// and dictionary, so threads need no locks around it; each extraction makes its own ICU matchers
// and break iterators. `next` and `consume` run on the calling thread only, `consume` in the
// order `next` gave the documents, so every output is the same whatever the number of threads.
#pragma once

#include <functional>
#include <optional>

#include "kg/document/document.h"
#include "kg/extract/pipeline.h"

namespace kg::extract {

// The threads `-j N` asks for: N, or one per core when N is 0.
std::size_t threads_for(std::size_t jobs);

class ParallelRun {
 public:
  ParallelRun(const Extractor& extractor, std::size_t jobs);

  using Next = std::function<std::optional<document::Document>()>;
  using Consume = std::function<void(Extraction&&)>;

  // Runs until `next` gives nothing. An exception from any stage stops the run and passes on,
  // after every thread has ended.
  void each(const Next& next, const Consume& consume) const;

 private:
  void sequential(const Next& next, const Consume& consume) const;
  void threaded(const Next& next, const Consume& consume) const;

  const Extractor& extractor_;
  std::size_t jobs_;
};

}  // namespace kg::extract
