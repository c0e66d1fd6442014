// Every mention and relation mention of a document as JSON Lines, for users who load them
// elsewhere (`-o mentions.jsonl`). Offsets are bytes of the document as given (for a JSON Lines
// record: of its text fields joined by a blank line), half-open.
//
//   {"kind":"mention","document":"d1","type":"place","label":"团结村","surface":"团结村",
//    "level":"village","code":"910101101201","rule":"place.suffix.village","begin":12,"end":21}
//   {"kind":"relation","document":"d1","source":"…","source_type":"organisation","relation":"funds",
//    "target":"…","target_type":"program","amount_yuan":1000000,"year":2024,"origin":"text",
//    "rule":"funds.invest","evidence_begin":0,"evidence_end":96}
#pragma once

#include <string>

#include "kg/extract/pipeline.h"

namespace kg::exports {

std::string mention_log(const extract::Extraction& x);

}  // namespace kg::exports
