// Turns every ```csharp block of README.md into C# files of the package consumer, so CI compiles and runs the
// README as written against the packed package. Run by tests/PackageConsumer/run.sh as a .NET file-based app:
//   dotnet run ExtractReadme.cs -- <README.md> <output folder>
// The convention (tests/README.md repeats it):
//   - Blocks are numbered in README order from 1. Leading `using` lines are the file's using directives.
//   - A block that declares a type (a class, record, struct, interface or enum at the start of a line) is a file of
//     its own, as written, in the global namespace. A block must not mix type declarations and statements.
//   - Any other block is statements: the body of ReadmeBlocks.BlockNN(), and ReadmeBlocks.RunAll() runs them in order.
//   - `<!-- readme: NAME -->` on the line before a fence names a block; `<!-- readme: continues NAME -->` appends the
//     block to the named statement block (one method, so the earlier locals are in scope). README's prose says so too.
//   - Code is copied unindented, behind #line directives, so a compiler error names README.md and its line.
using System.Text;
using System.Text.RegularExpressions;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run ExtractReadme.cs -- <README.md> <output folder>");
    return 2;
}

var readme = Path.GetFullPath(args[0]);
var output = Directory.CreateDirectory(args[1]).FullName;
var lines = File.ReadAllLines(readme);

var typeDeclaration = new Regex(@"^(\[.*\]\s*)*((public|internal|file)\s+)?((sealed|abstract|static|partial)\s+)*(class|record|struct|interface|enum)\s", RegexOptions.CultureInvariant);
var marker = new Regex(@"^<!--\s*readme:\s*(?<continues>continues\s+)?(?<name>[a-z0-9-]+)\s*-->$", RegexOptions.CultureInvariant);

var statementBlocks = new List<StatementBlock>();
var named = new Dictionary<string, StatementBlock>(StringComparer.Ordinal);
var typeFiles = 0;
var number = 0;
var problems = new List<string>();

for (var i = 0; i < lines.Length; i++)
{
    if (lines[i].Trim() != "```csharp")
    {
        continue;
    }

    number++;
    var start = i + 1;
    var end = start;
    while (end < lines.Length && lines[end].Trim() != "```")
    {
        end++;
    }

    if (end == lines.Length)
    {
        problems.Add($"README.md({i + 1}): block {number} has no closing fence");
        break;
    }

    var usings = new List<(int Line, string Text)>();
    var code = new List<(int Line, string Text)>();
    for (var j = start; j < end; j++)
    {
        if (code.Count == 0 && (lines[j].StartsWith("using ", StringComparison.Ordinal) || lines[j].Trim().Length == 0))
        {
            if (lines[j].Trim().Length > 0)
            {
                usings.Add((j + 1, lines[j]));
            }
        }
        else
        {
            code.Add((j + 1, lines[j]));
        }
    }

    var mark = i > 0 ? marker.Match(lines[i - 1].Trim()) : Match.Empty;
    var declaresType = code.Any(c => typeDeclaration.IsMatch(c.Text));
    if (declaresType)
    {
        var stray = code.FirstOrDefault(c => c.Text.Length > 0 && !char.IsWhiteSpace(c.Text[0]) && !typeDeclaration.IsMatch(c.Text)
            && !c.Text.StartsWith('{') && !c.Text.StartsWith('}') && !c.Text.StartsWith('[') && !c.Text.StartsWith("//", StringComparison.Ordinal));
        if (stray != default)
        {
            problems.Add($"README.md({stray.Line}): block {number} declares a type and also has statements; put them in separate blocks");
        }

        if (mark.Success && mark.Groups["continues"].Success)
        {
            problems.Add($"README.md({i}): block {number} declares a type and cannot continue another block");
        }

        var file = new StringBuilder();
        AppendLines(file, usings, "");
        AppendLines(file, code, "");
        file.AppendLine("#line default");
        File.WriteAllText(Path.Combine(output, $"ReadmeBlock{number:D2}.cs"), file.ToString());
        typeFiles++;
        continue;
    }

    StatementBlock block;
    if (mark.Success && mark.Groups["continues"].Success)
    {
        if (!named.TryGetValue(mark.Groups["name"].Value, out block!))
        {
            problems.Add($"README.md({i}): block {number} continues '{mark.Groups["name"].Value}', which no earlier statement block is named");
            continue;
        }
    }
    else
    {
        block = new StatementBlock(number);
        statementBlocks.Add(block);
        if (mark.Success)
        {
            if (!named.TryAdd(mark.Groups["name"].Value, block))
            {
                problems.Add($"README.md({i}): a block is already named '{mark.Groups["name"].Value}'");
            }
        }
    }

    block.Usings.AddRange(usings);
    block.Code.AddRange(code);
    block.Numbers.Add(number);
}

if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 1;
}

foreach (var block in statementBlocks)
{
    var file = new StringBuilder();
    AppendLines(file, block.Usings.DistinctBy(u => u.Text.Trim()).ToList(), "");
    file.AppendLine("#line default");
    file.AppendLine("internal static partial class ReadmeBlocks");
    file.AppendLine("{");
    file.AppendLine($"    /// <summary>README block {string.Join(" + ", block.Numbers)}.</summary>");
    file.AppendLine($"    internal static void Block{block.Number:D2}()");
    file.AppendLine("    {");
    AppendLines(file, block.Code, "");
    file.AppendLine("#line default");
    file.AppendLine("    }");
    file.AppendLine("}");
    File.WriteAllText(Path.Combine(output, $"ReadmeBlock{block.Number:D2}.cs"), file.ToString());
}

var runner = new StringBuilder();
runner.AppendLine("internal static partial class ReadmeBlocks");
runner.AppendLine("{");
runner.AppendLine("    /// <summary>Runs README's statement blocks in README order; an exception fails the consumer.</summary>");
runner.AppendLine("    /// <returns>How many blocks ran.</returns>");
runner.AppendLine("    internal static int RunAll()");
runner.AppendLine("    {");
foreach (var block in statementBlocks)
{
    runner.AppendLine($"        Block{block.Number:D2}();");
}

runner.AppendLine($"        return {statementBlocks.Count};");
runner.AppendLine("    }");
runner.AppendLine("}");
File.WriteAllText(Path.Combine(output, "ReadmeBlocks.g.cs"), runner.ToString());

Console.WriteLine($"README.md: {number} csharp blocks -> {typeFiles} type files, {statementBlocks.Count} statement methods");
return number == 0 ? 1 : 0;

void AppendLines(StringBuilder file, List<(int Line, string Text)> source, string indent)
{
    var next = -1;
    foreach (var (line, text) in source)
    {
        if (line != next)
        {
            file.AppendLine($"#line {line} \"{readme}\"");
        }

        file.AppendLine(text.Length == 0 ? "" : indent + text);
        next = line + 1;
    }
}

internal sealed class StatementBlock(int number)
{
    public int Number { get; } = number;
    public List<int> Numbers { get; } = [];
    public List<(int Line, string Text)> Usings { get; } = [];
    public List<(int Line, string Text)> Code { get; } = [];
}
