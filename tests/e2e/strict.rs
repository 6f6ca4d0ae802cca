//! The strict page: CSP in force, a soak test over every control.

use super::*;
