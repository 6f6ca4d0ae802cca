//! Undo and redo over assumption changes.
