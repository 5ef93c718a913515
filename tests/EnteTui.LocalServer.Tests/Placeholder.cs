namespace EnteTui.LocalServer.Tests;
