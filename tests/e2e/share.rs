//! Share links, saved scenarios, undo/redo, import/export in the browser.

use super::*;
