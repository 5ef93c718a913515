// The namespaces many of this project's files use.
global using EnteTui.Core.Api.Wire;
global using EnteTui.Core.Crypto;
global using EnteTui.LocalServer.Hosting;
global using EnteTui.LocalServer.Http;
global using EnteTui.LocalServer.State;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Routing;
