// The namespaces many of this project's files use. Terminal.Gui's stay per file, in the screens that draw: its Command clashes with System.CommandLine's.
global using System.CommandLine;
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using EnteTui.Cli.Hosting;
global using EnteTui.Core.Accounts;
global using EnteTui.Core.Export;
global using EnteTui.Core.Import;
global using EnteTui.Core.Takeout.Scanning;
global using EnteTui.Reporting;
