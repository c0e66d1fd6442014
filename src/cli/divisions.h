// The division list an extract or explain run uses, chosen by the options.
#pragma once

#include <optional>
#include <string>

#include "kg/extract/pipeline.h"
#include "kg/gazetteer/gazetteer.h"
#include "options.h"

namespace kg::cli {

// The list named by --gazetteer, else the default one; none with --no-gazetteer. Without a list
// (and without --no-gazetteer), one warning on standard error says that places come from the
// rules' patterns only. A list given by name that cannot be opened is an error.
std::optional<gazetteer::Gazetteer> open_divisions(const ExtractOptions& options, const std::string& argv0);

// The extractor's settings for that list.
extract::Gazetteering gazetteering(const std::optional<gazetteer::Gazetteer>& divisions, const ExtractOptions& options);

}  // namespace kg::cli
