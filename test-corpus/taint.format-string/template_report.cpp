// taint.format-string: a report generator that reads its line templates
// from a file it ships with. Passing a template line read with
// std::getline to printf as the format is a format-string flaw; the
// look-alikes print it as an argument, or use a built-in constant format.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

struct Row {
    std::string name;
    double value;
};

static void print_rows(const std::vector<Row> &rows)
{
    std::ifstream tmpl("/usr/share/reportgen/report.tmpl");
    std::string header, line_fmt;
    std::getline(tmpl, header);
    std::getline(tmpl, line_fmt);

    std::printf(header.c_str()); // $ Alert[taint.format-string]
    for (const Row &r : rows)
        std::printf(line_fmt.c_str(), r.name.c_str(), r.value); // $ Alert[taint.format-string]
}

static void print_rows_safe(const std::vector<Row> &rows, bool csv)
{
    const char *fmt = csv ? "%s,%.2f\n" : "%-20s %10.2f\n";
    std::string title = "Quarterly report";
    std::printf("%s\n", title.c_str());
    for (const Row &r : rows)
        std::printf(fmt, r.name.c_str(), r.value);
}

int main(int argc, char **argv)
{
    std::vector<Row> rows = { { "north", 12.5 }, { "south", 7.25 } };
    print_rows_safe(rows, argc > 1);

    std::ifstream title_file("title.txt");
    std::string title;
    if (std::getline(title_file, title))
        std::printf("== %s ==\n", title.c_str());

    if (std::getenv("REPORT_USE_TEMPLATE"))
        print_rows(rows);
    return 0;
}
