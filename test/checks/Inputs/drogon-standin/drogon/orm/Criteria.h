// STAND-IN, not drogon's code: the declaration shape of drogon's
// orm_lib/inc/drogon/orm/Criteria.h at commit
// 74fc004c8dc8244fe3b6c56628601053b5a15c37 (drogonframework/drogon), for
// corolint's lit tests. drogon is not packaged by Debian.
#pragma once
#include <string>

namespace drogon {
namespace orm {
enum class CompareOperator { EQ, NE, GT, GE, LT, LE, Like };
class Criteria {
public:
  Criteria();
  template <typename T>
  Criteria(const std::string &colName, const CompareOperator &opera, T &&arg);
};
enum class SortOrder { ASC, DESC };
} // namespace orm
} // namespace drogon
