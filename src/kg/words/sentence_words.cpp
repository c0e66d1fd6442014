#include "kg/words/sentence_words.h"

#include <algorithm>

#include "kg/text/utf8.h"

namespace kg::words {

SentenceWords::SentenceWords(std::vector<Word> words, std::span<const char32_t> cps)
    : words_(std::move(words)), cps_(cps) {
  for (std::size_t w = 0; w < words_.size(); ++w)
    for (std::size_t k = words_[w].begin; k < words_[w].end; ++k) index_.push_back(w);
}

const Word* SentenceWords::word_at(std::size_t cp) const {
  return cp < index_.size() ? &words_[index_[cp]] : nullptr;
}

// 所写的, 所经营的, 所言: the particle 所 before a verb, a one-character one or one that a
// particle (的, 之) follows. 鉴定所成立 has a verb after its head, but neither sign.
bool SentenceWords::is_particle_before_verb(std::size_t at) const {
  const Word* verb = word_at(at);
  if (!verb || verb->tag != Tag::verb) return false;
  const Word* next = word_at(verb->end);
  return verb->end - verb->begin == 1 || (next && next->tag == Tag::particle);
}

bool SentenceWords::is_word(std::size_t begin, std::size_t end) const {
  const Word* w = word_at(begin);
  return w && w->begin == begin && w->end == end;
}

bool SentenceWords::is_common_word(std::size_t begin, std::size_t end) const {
  return is_word(begin, end) && is_common_tag(word_at(begin)->tag);
}

std::size_t SentenceWords::word_end(std::size_t begin) const {
  const Word* w = word_at(begin);
  return w && w->begin == begin ? w->end : begin;
}

std::size_t SentenceWords::word_begin(std::size_t at) const {
  const Word* w = word_at(at);
  return w ? w->begin : at;
}

std::size_t SentenceWords::brand_before(std::size_t at) const {
  const Word* w = at > 0 ? word_at(at - 1) : nullptr;
  if (!w || w->end != at || w->end - w->begin < 2) return at;
  return w->tag == Tag::org_name || w->tag == Tag::proper_noun ? w->begin : at;
}

bool SentenceWords::in_count(std::size_t at) const {
  const Word* w = word_at(at);
  if (!w || w->tag != Tag::numeral) return false;
  static constexpr std::u32string_view kCountsOnly = U"两几多数双";  // never a unit's number
  if (kCountsOnly.find(cps_[w->begin]) != std::u32string_view::npos) return true;
  if (cps_[w->begin] == U'第') return true;  // 第一站, 第二队: which stop or round, no unit
  const Word* before = w->begin > 0 ? word_at(w->begin - 1) : nullptr;
  return !before || !(is_nominal(before->tag) || before->tag == Tag::person);  // 统战部七局, 金星二队
}

bool SentenceWords::opens_word_past(std::size_t begin, std::size_t end) const {
  const Word* w = word_at(begin);
  return w && w->begin == begin && w->end > end;
}

bool SentenceWords::follows_verb(std::size_t at) const {
  const Word* before = at > 0 ? word_at(at - 1) : nullptr;
  if (!before || before->end != at) return false;
  if ((before->tag == Tag::verb && before->end - before->begin > 1) || before->tag == Tag::idiom) return true;
  // 处理好政府…, 调整优化政府…: a verb's complement, or the second of two verbs in a row.
  const Word* first = before->begin > 0 ? word_at(before->begin - 1) : nullptr;
  const auto is_verbal = [](const Word* w) { return w && (w->tag == Tag::verb || w->tag == Tag::verbal_noun); };
  return (is_complement(*before) && first && first->tag != Tag::place_name) ||
         (before->tag == Tag::verbal_noun && is_verbal(first));
}

// 广西注重抓特色项目: the predicate runs on over a one-character verb after it (抓, 搞).
std::size_t SentenceWords::predicate_end(std::size_t at) const {
  const Word* w = word_at(at);
  if (!w || w->begin != at) return at;
  // 持之以恒抓, 积极推进: a word of manner before a verb of any length is the predicate's too.
  if (w->tag == Tag::adverb || w->tag == Tag::idiom) {
    const Word* verb = word_at(w->end);
    if (!verb || verb->tag != Tag::verb) return at;
    w = verb;
  } else if (w->tag != Tag::verb || w->end - w->begin < 2) {
    return at;
  }
  const Word* next = word_at(w->end);
  return next && next->tag == Tag::verb && next->end - next->begin == 1 ? next->end : w->end;
}

bool SentenceWords::opens_phrase_at(std::size_t at) const {
  const Word* before = at > 0 ? word_at(at - 1) : nullptr;
  return !before || !may_stand_in_name(before->tag) || before->tag == Tag::numeral || before->tag == Tag::classifier;
}

bool SentenceWords::starts_proper_name(std::size_t begin, std::size_t end) const {
  const Word* w = word_at(begin);
  return w && w->begin == begin && end < w->end && (w->tag == Tag::place_name || w->tag == Tag::org_name);
}

bool SentenceWords::modifies_noun(std::size_t begin, std::size_t end) const {
  const Word* w = word_at(begin);
  if (!w || w->begin != begin || w->end != end || (w->tag != Tag::verbal_noun && w->tag != Tag::noun)) return false;
  const Word* next = word_at(end);
  // 监督检查机制: two verbal nouns before the noun modify it together.
  if (next && next->begin == end && next->tag == Tag::verbal_noun && w->tag == Tag::verbal_noun)
    next = word_at(next->end);
  if (!next || next->tag != Tag::noun) return false;
  // A word the dictionary holds as a noun is also many a verb (全面实施, 助力): it names a kind of
  // thing only between nouns (孕产妇补助项目, 艺术基金资助项目).
  const Word* before = begin > 0 ? word_at(begin - 1) : nullptr;
  return w->tag == Tag::verbal_noun || (before && before->tag == Tag::noun && end - begin == 2);
}

bool SentenceWords::is_place_word(std::size_t begin, std::size_t end) const {
  const Word* w = word_at(begin);
  return w && w->begin == begin && w->end == end && end - begin > 1 && w->tag == Tag::place_name;
}

bool SentenceWords::is_verbal_noun(std::size_t begin, std::size_t end) const {
  const Word* w = word_at(begin);
  return w && w->begin == begin && w->end == end && w->tag == Tag::verbal_noun;
}

bool SentenceWords::is_part_of_word(std::size_t begin, std::size_t end) const {
  const Word* w = word_at(begin);
  return w && w->end >= end && (w->begin < begin || w->end > end) && is_nominal(w->tag);
}

bool SentenceWords::is_inside_word(std::size_t begin, std::size_t end) const {
  const Word* w = word_at(begin);
  return w && w->begin < begin && end < w->end;
}

bool SentenceWords::straddles_words(std::size_t begin, std::size_t end) const {
  const Word* first = word_at(begin);
  const Word* last = end > begin ? word_at(end - 1) : nullptr;
  return first && last && first != last && first->begin < begin && last->end > end && first->end == last->begin;
}

bool SentenceWords::ends_noun(std::size_t at) const {
  const Word* w = word_at(at);
  return w && w->begin < at && w->end == at + 1 && w->tag == Tag::noun;
}

bool SentenceWords::qualifies_name(std::size_t open, std::size_t close) const {
  const Word* before = open > 0 ? word_at(open - 1) : nullptr;
  const Word* first = word_at(open + 1);
  if (close < open + 3 || !before || !first) return false;
  if (before->end - before->begin < 2 && first->end >= close) return false;  // 村（社区）: one word for another
  return first->tag != Tag::verb && first->tag != Tag::preposition && first->tag != Tag::conjunction &&
         first->tag != Tag::pronoun;
}

bool SentenceWords::ends_name(std::size_t head_begin, std::size_t head_end) const {
  const Word* last = word_at(head_end - 1);
  if (!last || last->end > head_end) return false;
  if (head_end - head_begin > 1) return true;
  if (last->begin < head_begin) return last->tag != Tag::verb;  // 研究所, but not 出院 or 留院
  const Word* before = head_begin > 0 ? word_at(head_begin - 1) : nullptr;
  const bool names_before = before && (is_nominal(before->tag) || before->tag == Tag::verb || before->tag == Tag::person);
  return names_before && !takes_lone_object(head_begin, head_end) && !is_particle_before_verb(head_end);
}

// 能人办社, 上师所赐, 肿瘤医院台州院区: a lone noun character after 办, 所 or 院 is the verb's
// object, the relative clause's or the rest of a word; 原, 现 and 前 open a title after the body
// (闽宁办原主任), and other heads keep theirs (局原局长, 站时).
bool SentenceWords::takes_lone_object(std::size_t head_begin, std::size_t head_end) const {
  static constexpr std::u32string_view kVerbLike = U"办所院";
  static constexpr std::u32string_view kTimeOfTitle = U"原现前";
  const Word* after = word_at(head_end);
  return after && after->end - after->begin == 1 && after->tag == Tag::noun &&
         kVerbLike.find(cps_[head_begin]) != std::u32string_view::npos &&
         kTimeOfTitle.find(cps_[head_end]) == std::u32string_view::npos;
}

// 被某些偏见性报道所误导: 被 earlier in the clause opens the passive that 所 closes.
bool SentenceWords::in_passive(std::size_t at) const {
  constexpr std::size_t kReach = 16;
  for (std::size_t k = at; k > 0 && at - k < kReach;) {
    const Word* w = word_at(k - 1);
    if (w->tag == Tag::punctuation) return false;
    if (w->end - w->begin == 1 && cps_[w->begin] == U'被') return true;
    k = w->begin;
  }
  return false;
}

bool SentenceWords::may_be_particle_suo(std::size_t head_begin, std::size_t head_end) const {
  if (head_end - head_begin != 1 || cps_[head_begin] != U'所' || !is_word(head_begin, head_end)) return false;
  // 柳枝所制, 忽思慧所著: after a person's name 所 is the particle (no institute is named so).
  if (const Word* before = head_begin > 0 ? word_at(head_begin - 1) : nullptr; before && before->tag == Tag::person)
    return true;
  if (in_passive(head_begin)) return true;
  const Word* w = word_at(head_end);
  if (!w) return false;
  // 很多山羊所无法比拟: a set phrase after it is what is done, as a verb is.
  if (w->tag == Tag::verb || w->tag == Tag::verbal_noun || w->tag == Tag::idiom) return true;
  const Word* next = word_at(w->end);
  // 付出血汗所铸就的: 所, a word and 的 are the relative 所…的, whatever the word was tagged.
  if (next && next->tag == Tag::particle && next->end - next->begin == 1 && cps_[next->begin] == U'的' &&
      w->end - w->begin == 2 && w->tag == Tag::noun)
    return true;
  return (w->tag == Tag::adverb || w->tag == Tag::adjective) && next && next->tag == Tag::verb;
}

bool SentenceWords::stands(const Word& w, Kind kind) const {
  const bool single = w.end - w.begin == 1;
  if (single && kind == Kind::place) return true;
  if (is_in_progress(w)) return false;
  return (may_stand_in_name(w.tag) && !is_position(w)) || is_negating_prefix(w) || is_rare_syllable(w);
}

// 肩负着, 承载着: a verb with the aspect particle 着 run into one word is an action going on,
// never a word of a name (着 opens words of names, as in 着力, and ends no such word).
bool SentenceWords::is_in_progress(const Word& w) const {
  return w.end - w.begin > 2 && cps_[w.end - 1] == U'着';
}

// 金诃藏药: a rare character the dictionary knows only as a morpheme is a syllable of a trade or
// proper name, unless it is a particle of speech (啊, 吗, 呢), the plural of people (孩子们) or
// 携 (who comes along with whom).
bool SentenceWords::is_rare_syllable(const Word& w) const {
  static constexpr std::u32string_view kSpeech = U"啊吗呢吧呀哦哈嘛啦哇喔嗯呃唉哎哟噢们携";
  return w.end - w.begin == 1 && w.tag == Tag::other && text::is_han(cps_[w.begin]) &&
         kSpeech.find(cps_[w.begin]) == std::u32string_view::npos;
}

// 小孩上小学, 灾后重建项目: a one-character word of position before a word of two characters
// or more is a verb of going or says where or when; before a lone syllable it is a syllable of
// a name the segmenter does not know (上塘小学, 旁多水利枢纽工程), unless it is a verb (上建).
bool SentenceWords::is_position(const Word& w) const {
  static constexpr std::u32string_view kPositions = U"上下里内外后间旁";
  if (w.end - w.begin != 1 || w.tag != Tag::locality || kPositions.find(cps_[w.begin]) == std::u32string_view::npos)
    return false;
  const Word* next = word_at(w.end);
  return next && (next->end - next->begin > 1 || next->tag == Tag::verb);
}

// 非 before a noun makes one noun of the two (非物质文化遗产保护项目, 非遗); the segmenter leaves
// it alone, untagged.
bool SentenceWords::is_negating_prefix(const Word& w) const {
  if (w.end - w.begin != 1 || cps_[w.begin] != U'非') return false;
  const Word* next = word_at(w.end);
  return next && is_nominal(next->tag);
}

// A place opens with any syllable. An organisation may open with a one-character verb as the
// first syllable of a transliteration (觉木, 加木村: no verb follows; 会查 is a clause),
// never with an evaluating adjective (著名医院, 优秀党支部). A count or a date opens nothing
// (十三批…, 一系列…, 10月…, 第四年…, 万元…); an ordinal (第十三批驻村工作队) or a number in a name
// (三有村) does.
bool SentenceWords::opens(const Word& w, Kind kind) const {
  const bool single = w.end - w.begin == 1;
  if (single && kind == Kind::place) return true;
  if (w.tag == Tag::classifier) return false;
  if (w.tag == Tag::numeral) {
    static constexpr std::u32string_view kUnits = U"年月日元";  // dates and money
    if (kUnits.find(cps_[w.end - 1]) != std::u32string_view::npos) return false;
    // 三有村, 八一镇: a number that is a syllable of a name; 十三批, 一系列 are counts.
    const Word* next = word_at(w.end);
    return cps_[w.begin] == U'第' || (next && next->end - next->begin == 1 && next->tag != Tag::classifier);
  }
  if (is_complement(w)) return false;
  // 体检暨…筛查活动: 暨 joins two names and opens neither (the segmenter may tag it a name, or
  // take it into the next word: 暨首届); 暨南 is a name's own syllable.
  if (cps_[w.begin] == U'暨' && (single || cps_[w.begin + 1] != U'南')) return false;
  if (is_negating_prefix(w)) return true;
  // 矶山工业园, 嘎雅卓文化传媒公司: a rare syllable opens a name where a phrase opens, and
  // is a suffix of the word before it elsewhere (紧密型).
  if (is_rare_syllable(w)) return opens_phrase_at(w.begin);
  // 他将经营园林公司, 正在建设…项目: after an adverb a verbal noun is the verb.
  if (const Word* before = w.begin > 0 ? word_at(w.begin - 1) : nullptr;
      w.tag == Tag::verbal_noun && before && before->tag == Tag::adverb)
    return false;
  if (kind != Kind::organisation) return may_open_name(w.tag);
  if (w.tag == Tag::adjective && !single) return false;
  if (single && w.tag == Tag::verb) {
    if (completes_verb(w)) return false;
    // A syllable of a transliterated name (觉木, 加木村) goes on with another syllable, not with
    // a common word of two characters (获国际…协会, 查污水处理厂: a verb and its object), nor
    // with a name the dictionary knows whole (出故宫博物院, 住农家院: the verb and where).
    const Word* next = word_at(w.end);
    const bool known_name =
        (next && (next->tag == Tag::place_name || next->tag == Tag::org_name) && next->end - next->begin > 1);
    return next && next->tag != Tag::verb && !is_complement(*next) && !known_name &&
           (next->end - next->begin == 1 || is_distinctive(next->tag));
  }
  return may_open_name(w.tag);
}

// 计算出主寺院, 选派到: a verb of direction right after a verb completes it and opens no name.
bool SentenceWords::completes_verb(const Word& w) const {
  static constexpr std::u32string_view kDirections = U"出到回过起进";
  const Word* before = w.begin > 0 ? word_at(w.begin - 1) : nullptr;
  return before && before->tag == Tag::verb && before->end - before->begin > 1 &&
         kDirections.find(cps_[w.begin]) != std::u32string_view::npos;
}

// 传承人, 管理者, 参与人: one of these characters after a verb names who does it; the verb is
// no predicate with its object.
bool SentenceWords::names_agent(const Word& w) const {
  static constexpr std::u32string_view kAgents = U"人者";
  return w.end - w.begin == 1 && kAgents.find(cps_[w.begin]) != std::u32string_view::npos;
}

// 实施好, 抓实, 打牢, 做细: a one-character word that completes the verb before it (how well the
// work is done); the segmenter splits it off, and it is never a name's first word.
bool SentenceWords::is_complement(const Word& w) const {
  static constexpr std::u32string_view kComplements = U"好实细牢足透";
  return w.end - w.begin == 1 && kComplements.find(cps_[w.begin]) != std::u32string_view::npos;
}

// The word that ends at `at`, or the known name that does.
Word SentenceWords::word_before(std::size_t at, const std::vector<Span>& known) const {
  for (const auto& [b, e] : known)
    if (e == at) return {b, e, Tag::place_name};
  const Word* w = word_at(at - 1);
  return w ? *w : Word{at, at, Tag::punctuation};
}

// 党员干部赴东沟流域治理项目, 单位中抽调精干力量组成便民服务队: a subject, a verb and its
// object of two words or more, the head's own word counting (黑水筹建名师工作室); the name is
// the object. A verb that only modifies stands next
// to another verb or to the head (市场监督管理局, 奶牛养殖合作社), follows a place (鹅公镇集中
// 供水工程) or has a one-word object (易地扶贫产业项目).
// 先礼贵深受乡城: in a place's name a verb of two characters or more opens it (团结村, 新建乡)
// or follows a place (马坪镇丰收村) or a transliterated syllable (玛查理村); after other words it
// is the predicate of a clause, and the name starts after it.
std::size_t SentenceWords::after_predicate(std::size_t start, std::size_t head_begin,
                                           const std::vector<Span>& known) const {
  std::size_t cut = start;
  for (std::size_t k = start; k < head_begin;) {
    const Word& w = *word_at(k);
    if (w.begin > start && w.tag == Tag::verb && w.end - w.begin > 1 && w.end <= head_begin) {
      const Word before = word_before(w.begin, known);
      if (before.tag != Tag::place_name && before.tag != Tag::person) cut = w.end;
    }
    k = w.end;
  }
  return cut;
}

// 塞缪尔斯告诉英国广播公司, 话剧首次登上中国国家大剧院, 孟祥雪考取中国地质大学: a verb before
// a body's name of its own (not a kind of body: 拍卖交易中心), or before a place's name after
// a person, a body or an adverb (药品开发中国中心 and 超级计算济南中心 keep their verb).
bool SentenceWords::names_object(const Word& verb, const Word* before, const Word* next, std::size_t head_begin,
                                 const std::vector<Span>& known) const {
  if (verb.tag != Tag::verb || verb.end - verb.begin < 2 || !before || !next || next->begin >= head_begin) return false;
  // 驻扎西林村 is 驻 and 扎西林村 where that place is known.
  if (std::any_of(known.begin(), known.end(),
                  [&](const Span& k) { return k.first > verb.begin && k.first < verb.end; }))
    return false;
  constexpr std::size_t kKindLength = 2;  // 交易 of 交易中心: a kind, no name
  if (next->tag == Tag::org_name) return next->end <= head_begin || head_begin - next->begin > kKindLength;
  const bool actor = before->tag == Tag::person || before->tag == Tag::org_name || before->tag == Tag::adverb ||
                     before->tag == Tag::pronoun || before->tag == Tag::time;
  return next->tag == Tag::place_name && actor;
}

// 日喀则市培训第七批驻村工作队: a verb between a place and an ordinal is the place's predicate,
// and the body numbered after it its object (第七批 never follows a verb inside a name).
bool SentenceWords::numbers_object(const Word& verb, const Word* next, const std::vector<Span>& known) const {
  if (verb.tag != Tag::verb && verb.tag != Tag::verbal_noun) return false;
  if (cps_[verb.end - 1] == U'立') return false;  // 湖南省立第一师范学校: founded by the province
  if (!next || next->tag != Tag::numeral || cps_[next->begin] != U'第') return false;
  return verb.begin > 0 && word_before(verb.begin, known).tag == Tag::place_name;
}

std::size_t SentenceWords::after_clause(std::size_t start, std::size_t head_begin, Kind kind,
                                        const std::vector<Span>& known) const {
  if (kind == Kind::place) return after_predicate(start, head_begin, known);
  std::size_t cut = start;
  for (std::size_t k = start; k < head_begin;) {
    const Word& w = *word_at(k);
    const Word* next = word_at(w.end);
    const Word* before = w.begin > start ? word_at(w.begin - 1) : nullptr;
    const Word* second = next ? word_at(next->end) : nullptr;  // an object of two words or more
    const bool takes_object = w.tag == Tag::verb && (w.end - w.begin > 1 || kind == Kind::program) && before &&
                              !is_distinctive(before->tag) && next && second && second->begin < head_begin &&
                              next->tag != Tag::verb && next->tag != Tag::verbal_noun && !names_agent(*next);
    if (takes_object || names_object(w, before, next, head_begin, known) || numbers_object(w, next, known)) cut = w.end;
    k = w.end;
  }
  return cut;
}

std::size_t SentenceWords::name_start(std::size_t floor, std::size_t head_begin, Kind kind,
                                      const std::vector<Span>& known) const {
  std::size_t start = head_begin;
  // A head inside a longer word (研究所 for 所) takes the word's front into the name.
  if (const Word* w = word_at(head_begin); w && w->begin < head_begin) {
    if (w->begin < floor) return head_begin;
    start = w->begin;
  }
  while (start > floor) {
    const Word w = word_before(start, known);
    if (w.begin < floor || !stands(w, kind)) break;
    start = w.begin;
  }
  start = after_clause(start, head_begin, kind, known);
  const auto known_at = [&](std::size_t at) {
    return std::any_of(known.begin(), known.end(), [&](const Span& k) { return k.first == at; });
  };
  if (kind != Kind::place) start = past_credited_name(start, head_begin, known);
  while (start < head_begin) {
    const Word* w = word_at(start);
    if (known_at(start) || w->end > head_begin) break;
    // 建设罗林村美丽乡村项目: a verbal noun before a place's name is the verb, not the name's
    // start; so it is before a place's own two syllables (建设|罗林村, while 团结村 stays).
    const Word* next = word_at(w->end);
    const bool verb_of_place = w->tag == Tag::verbal_noun &&
                               (known_at(w->end) || (next && next->tag == Tag::place_name) ||
                                (kind == Kind::place && w->end - w->begin > 1 && head_begin - w->end >= 2));
    if (opens(*w, kind) && !verb_of_place) break;
    start = w->end;
  }
  return start;
}

// 摄影：李元梅西南民族大学…: the photographer's or author's name a credit gives runs on into the
// body's name after it, which starts at a place's name (two characters or more) within a few
// characters; with none there, a short part before the head is the person's name alone (摄影：
// 王淑研讨会上: the head names nothing). Only after a credit: transliterated places read as
// persons' names (尼泊尔, 莫斯科).
std::size_t SentenceWords::past_credited_name(std::size_t start, std::size_t head_begin,
                                              const std::vector<Span>& known) const {
  constexpr std::size_t kPersonName = 4;
  if (!follows_credit(start)) return start;
  const auto opens_name = [&](std::size_t at) {
    const Word* w = word_at(at);
    if (!w || w->begin != at) return false;
    const bool named = std::any_of(known.begin(), known.end(), [&](const Span& k) { return k.first == at; });
    return named || (w->tag == Tag::place_name && w->end - w->begin > 1);
  };
  if (opens_name(start)) return start;
  for (std::size_t at = start + 2; at < head_begin && at - start <= kPersonName; ++at)
    if (opens_name(at)) return at;
  return head_begin - start <= kPersonName ? head_begin : start;
}

// Does a credit (摄影：, 作者：) end right before code point `at`?
bool SentenceWords::follows_credit(std::size_t at) const {
  static const std::vector<std::u32string_view> kCredits = {U"摄影", U"作者", U"供图", U"图", U"文"};
  if (at < 2 || (cps_[at - 1] != U'：' && cps_[at - 1] != U':')) return false;
  const Word* w = word_at(at - 2);
  if (!w || w->end != at - 1) return false;
  const std::u32string_view text(cps_.data() + w->begin, w->end - w->begin);
  return std::find(kCredits.begin(), kCredits.end(), text) != kCredits.end();
}

// The word a name's head ends (西安站, 天安门国旗护卫队, 卫生队): a place's, or a distinctive one
// unless only a long word counts, the dictionary holding kinds of body as short words.
bool SentenceWords::tells_its_body(const Word& own, bool word_alone) {
  static constexpr std::size_t kLongName = 5;
  if (own.tag == Tag::place_name) return true;
  return is_distinctive(own.tag) && (word_alone || own.end - own.begin >= kLongName);
}

// 第一次, 第四期, 首届: which time or edition, no name (第三方 is a party, 第一 a rank).
bool SentenceWords::is_edition(const Word& w) const {
  static constexpr std::u32string_view kEditions = U"次届期批轮";
  const bool ordinal = cps_[w.begin] == U'第' || cps_[w.begin] == U'首';
  return w.tag == Tag::numeral && ordinal && kEditions.find(cps_[w.end - 1]) != std::u32string_view::npos;
}

bool SentenceWords::is_distinctive_part(std::size_t begin, std::size_t head_begin, const std::vector<Span>& known,
                                        std::size_t min_words, const std::vector<Span>& kinds, bool word_alone,
                                        bool editions_tell) const {
  for (const auto& [b, e] : known)
    if (b >= begin && e <= head_begin) return true;
  const Word* own = word_at(head_begin);
  if (own && own->begin < head_begin && tells_its_body(*own, word_alone)) return true;
  const auto is_kind = [&](const Word& w) {
    return std::any_of(kinds.begin(), kinds.end(), [&](const Span& k) { return k.first == w.begin && k.second == w.end; });
  };
  std::size_t count = 0;  // words before the head's own word (学 of 学院 is no word of its own)
  for (std::size_t k = begin; k < head_begin && word_at(k)->end <= head_begin; k = word_at(k)->end) {
    const Word& w = *word_at(k);
    if (is_kind(w)) continue;
    if (is_distinctive(w.tag) && (editions_tell || !is_edition(w))) return true;
    ++count;
  }
  // 木鱼供电所 reads as 木鱼 供电 所 would: a short name the head ends brings one word.
  if (!word_alone && own && own->begin < head_begin && own->begin >= begin && is_distinctive(own->tag)) ++count;
  return count >= min_words;
}

}  // namespace kg::words
