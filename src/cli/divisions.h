// The division list and word dictionary an extract or explain run uses, chosen by the options.
#pragma once

#include <optional>
#include <string>

#include "kg/extract/pipeline.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/words/dictionary.h"
#include "options.h"

namespace kg::cli {

// The list named by --gazetteer, else the default one; none with --no-gazetteer. Without a list
// (and without --no-gazetteer), one warning on standard error says that places come from the
// rules' patterns only. A list given by name that cannot be opened is an error.
std::optional<gazetteer::Gazetteer> open_divisions(const ExtractOptions& options, const std::string& argv0);

// The extractor's settings for that list.
extract::Gazetteering gazetteering(const std::optional<gazetteer::Gazetteer>& divisions, const ExtractOptions& options);

// The word dictionary named by --words, else the default one; none with --no-words. Without
// one (and without --no-words), one warning says that names are decided on characters only.
std::optional<words::Dictionary> open_words(const ExtractOptions& options, const std::string& argv0);

}  // namespace kg::cli
