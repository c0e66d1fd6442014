// The words around a frame that cancel it: a plan, a loan, 为 as 'is', money as an attribute
// with no payer in its clause, a relative clause that names no source.
#pragma once

#include <string>

#include "kg/extract/relations/frame.h"

namespace kg::extract {

// Does the text around the frame cancel it? `why_not` says which word did, for `explain`.
bool cancelled(const Frame& f, const SentenceContext& c, std::string& why_not);

}  // namespace kg::extract
