-- Drives corolint-clangd from Neovim's built-in LSP client (Neovim 0.7:
-- vim.lsp.start_client + buf_attach_client; 0.7 has no vim.lsp.start), the
-- way an editor user meets it, and prints what the user would see:
--   1. open BLOCKING (a copy of runtime/examples/blocking.cpp) and wait for
--      its coro-blocking-call diagnostic;
--   2. open UNAWAITED, wait for its coro-unawaited-task diagnostic, ask for
--      the code actions at its range, apply the co_await quick fix and write
--      the file;
--   3. wait for the diagnostics clangd publishes for the edited text and
--      check that the finding is gone.
-- Environment: COROLINT_CLANGD, BLOCKING, UNAWAITED (absolute paths).
-- Run as: nvim --headless --clean -u nvim-quickfix.lua; exits 1 on a timeout.

local TIMEOUT_MS = 60000

local function say(fmt, ...)
  io.stdout:write(string.format(fmt, ...) .. '\n')
end

local function fail(msg)
  say('FAIL: %s', msg)
  vim.cmd('cquit 1')
end

local function show(d)
  local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(d.bufnr), ':t')
  return string.format('%s:%d:%d: %s: %s [%s]', name, d.lnum + 1, d.col + 1,
    ({ 'error', 'warning', 'information', 'hint' })[d.severity], d.message, d.code or '')
end

-- publishDiagnostics messages received per buffer: step 3 waits for one sent
-- after the edit, not for the old diagnostics to be cleared locally.
local publishes = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  default_handler(err, result, ctx, config)
  local bufnr = vim.uri_to_bufnr(result.uri)
  publishes[bufnr] = (publishes[bufnr] or 0) + 1
end

local client_id = vim.lsp.start_client({
  name = 'corolint-clangd',
  cmd = { os.getenv('COROLINT_CLANGD'), '--background-index=0' },
  root_dir = vim.fn.fnamemodify(os.getenv('BLOCKING'), ':h'),
})
if not client_id then
  fail('corolint-clangd did not start')
end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  vim.bo.filetype = 'cpp'
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr
end

-- Waits for a diagnostic with this code in the buffer; nil on timeout.
local function wait_for(bufnr, code)
  local found
  vim.wait(TIMEOUT_MS, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == code then
        found = d
        return true
      end
    end
    return false
  end, 50)
  return found
end

-- 1. A blocking call shows up as a diagnostic.
local blocking = open(os.getenv('BLOCKING'))
local d = wait_for(blocking, 'coro-blocking-call')
if not d then
  fail('no coro-blocking-call diagnostic in ' .. os.getenv('BLOCKING'))
end
for _, each in ipairs(vim.diagnostic.get(blocking)) do
  say('diagnostic: %s', show(each))
end

-- 2. The co_await quick fix of a dropped task.
local unawaited = open(os.getenv('UNAWAITED'))
d = wait_for(unawaited, 'coro-unawaited-task')
if not d then
  fail('no coro-unawaited-task diagnostic in ' .. os.getenv('UNAWAITED'))
end
say('diagnostic: %s', show(d))
-- The diagnostic in LSP form (with its range), as vim.lsp.buf.code_action
-- sends it in the request's context.
local lsp_diag
for _, each in ipairs(vim.lsp.diagnostic.get_line_diagnostics(unawaited, d.lnum)) do
  if each.code == 'coro-unawaited-task' then
    lsp_diag = each
  end
end
local results = vim.lsp.buf_request_sync(unawaited, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(unawaited) },
  range = lsp_diag.range,
  context = { diagnostics = { lsp_diag } },
}, TIMEOUT_MS)
local response = results and results[client_id] or {}
if response.error then
  fail('codeAction: ' .. response.error.message)
end
local fix
for _, action in ipairs(response.result or {}) do
  say('code action: %s (%s)', action.title, action.kind or 'command')
  if action.kind == 'quickfix' and action.edit and action.title:find('co_await') then
    fix = fix or action
  end
end
if not fix then
  fail('no co_await quick fix')
end
local before = publishes[unawaited] or 0
local client = vim.lsp.get_client_by_id(client_id)
vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
say('applied: %s', fix.title)
say('line %d: %s', d.lnum + 1, vim.api.nvim_buf_get_lines(unawaited, d.lnum, d.lnum + 1, false)[1])
vim.cmd('silent write')

-- 3. clangd re-analyses the edited text; the finding is gone.
if not vim.wait(TIMEOUT_MS, function() return (publishes[unawaited] or 0) > before end, 50) then
  fail('no diagnostics published after the edit')
end
local left = vim.diagnostic.get(unawaited)
say('after the fix: %d diagnostics', #left)
for _, each in ipairs(left) do
  say('diagnostic: %s', show(each))
end

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qall!')
