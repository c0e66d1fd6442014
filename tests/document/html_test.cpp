#include <catch2/catch.hpp>

#include <string>

#include "kg/document/document.h"
#include "kg/document/html.h"
#include "kg/error.h"
#include "support.h"

using kg::document::html_to_text;

namespace {

// The page bytes a piece of the text came from, as the mention log gives them: from its first
// byte's offset to the offset of the byte after it.
std::string source_of(const kg::document::HtmlText& t, const std::string& page, const std::string& piece) {
  const std::size_t at = t.utf8.find(piece);
  REQUIRE(at != std::string::npos);
  const std::size_t begin = t.offsets[at];
  const std::size_t end = t.offsets[at + piece.size()];
  return page.substr(begin, end - begin);
}

}  // namespace

TEST_CASE("a web page reads as its text: blocks as paragraphs, no script, style or navigation") {
  const std::string page =
      "<html><head><title>东坝县召开会议_东坝县人民政府</title><style>p{}</style>"
      "<script>var s='脚本里的字';</script></head><body>"
      "<div class=\"top-nav\"><a href=\"/\">首页</a></div><nav>政务公开</nav>"
      "<div class=\"crumb\">当前位置：首页</div>"
      "<p>东坝县民政局<b>召开</b>会议。</p><p>第二段<br>第二行</p>"
      "<div id=\"footer\">版权所有</div></body></html>";
  const auto t = html_to_text(page, "p.html");
  CHECK(t.utf8 == "东坝县召开会议\n\n东坝县民政局召开会议。\n\n第二段\n第二行");
  CHECK(t.offsets.size() == t.utf8.size() + 1);
}

TEST_CASE("a page's headline is its h1, else its title without the site name") {
  CHECK(html_to_text("<title>标题甲 - 某网站</title><h1>标题乙</h1><p>正文。</p>", "h.html").utf8 == "标题乙\n\n正文。");
  CHECK(html_to_text("<title>标题甲|某网站</title><p>正文。</p>", "h.html").utf8 == "标题甲\n\n正文。");
}

TEST_CASE("white space in page source: one space, none at a line break between Chinese characters") {
  CHECK(html_to_text("<p>拨付资金\n   300万元， 用于\nroad  works</p>", "w.html").utf8 == "拨付资金 300万元， 用于 road works");
  CHECK(html_to_text("<p>东坝县\n民政局</p>", "w.html").utf8 == "东坝县民政局");
}

TEST_CASE("offsets of page text point at the bytes it came from, entities included") {
  const std::string page = "<p>县财政局&nbsp;拨付<i>资金</i>&#x4E07;元</p>";
  const auto t = html_to_text(page, "o.html");
  CHECK(t.utf8 == "县财政局\u00a0拨付资金万元");
  CHECK(source_of(t, page, "县财政局") == "县财政局");
  // A span ends where the next text begins: markup between the two is inside it.
  CHECK(source_of(t, page, "资金") == "资金</i>");
  CHECK(source_of(t, page, "\u00a0") == "&nbsp;");
  CHECK(source_of(t, page, "万") == "&#x4E07;");
}

TEST_CASE("a page declares its charset and GB2312 and GBK are read as GB18030") {
  using kg::document::declared_charset;
  CHECK(declared_charset("<meta charset=\"gb2312\">") == "GB18030");
  CHECK(declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">") == "GB18030");
  CHECK(declared_charset("<META CHARSET='Big5'>") == "big5");
  CHECK_FALSE(declared_charset("<p>没有声明</p>"));
}

TEST_CASE("a page of markup only is empty input, and tag soup is read as browsers do") {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/e.html", "<html><head><title></title></head><body><nav>首页</nav></body></html>");
  CHECK_THROWS_WITH(kg::document::read_document(dir + "/e.html"), Catch::Contains("e.html: empty input"));
  CHECK(html_to_text("<p>甲<b>乙</i></div>丙<p>丁", "s.html").utf8 == "甲乙丙\n\n丁");
}

TEST_CASE("deep nesting costs the page's length, not its square") {
  std::string page;
  for (int i = 0; i < 200000; ++i) page += "<div>";
  page += "正文";
  CHECK(html_to_text(page, "d.html").utf8 == "正文");
}
