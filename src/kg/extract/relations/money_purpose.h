// Money named for a kind of work (投入培训资金): the program of the sentence or the paragraph it
// goes to, for a slot with `echo` money nouns that no name near the cue fills.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kg/extract/relations/frames.h"

namespace kg::extract {

// The program last named before the cue in the sentence, or else in the paragraph, whose name
// ends with the word between the cue [cue_begin, cue_end) and one of the slot's money nouns, alone
// or before one of `program_words` (职业技能培训项目 for 投入培训资金). None for money named by a
// program word itself (项目资金, 工程资金).
std::optional<EntityRef> echoed_program(const rules::Slot& slot, std::size_t cue_begin, std::size_t cue_end,
                                        const SentenceContext& c, const std::vector<std::string>& program_words);

}  // namespace kg::extract
